import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { concat, hex, newCard, readFile, send, sw, VERIFY_1234 } from './apdu-helpers.ts';
import { AUTH_KEY, digest, getResponse, mse, pso } from './signing-helpers.ts';

/** INTERNAL AUTHENTICATE with the basic key 81 (belpic-protocol.md §7.5, §12.2). */
const internalAuthenticate = (challenge: Uint8Array): Uint8Array =>
  concat(hex('00 88 02 81 32 94 30'), challenge);

describe('INTERNAL AUTHENTICATE (applet 1.8)', () => {
  const id = 'citizen-1.8';
  const message = new TextEncoder().encode('challenge message chosen by the host');
  const challenge = digest('sha384', message);

  it('answers 61 60 without PIN or SE; the 96-byte r‖s verifies with the 4040 key over the chosen message', async () => {
    const card = newCard(id);
    const basicKey = createPublicKey({
      key: Buffer.from(await readFile(card, '3F00 DF01 4040')),
      format: 'der',
      type: 'spki',
    });

    const first = await send(card, internalAuthenticate(challenge));
    const second = await getResponse(card, first.sw2);

    expect(first.sw).toBe('6160');
    expect(second.sw).toBe('9000');
    expect(second.data.length).toBe(96);
    expect(verify('sha384', message, { key: basicKey, dsaEncoding: 'ieee-p1363' }, second.data)).toBe(true);
  });

  it('accepts and ignores a trailing Le byte', async () => {
    const r = await send(newCard(id), concat(internalAuthenticate(challenge), hex('00')));

    expect(r.sw).toBe('6160');
  });

  it('clears the SE: PSO right after answers 6985', async () => {
    const card = newCard(id);
    await mse(card, 0x02, AUTH_KEY);
    await send(card, VERIFY_1234);
    await send(card, internalAuthenticate(challenge));

    const r = await pso(card, digest('sha384', 'after internal authenticate'));

    expect(r.sw).toBe('6985');
  });

  it('is limited to 5000 calls (then 6985) until a successful PIN VERIFY', async () => {
    const card = newCard(id);
    const apdu = internalAuthenticate(challenge);
    const answers = new Map<string, number>();

    for (let i = 0; i < 5000; i++) {
      const status = await sw(card, apdu);
      answers.set(status, (answers.get(status) ?? 0) + 1);
    }
    const blocked = await sw(card, apdu);
    const verified = await sw(card, VERIFY_1234);

    expect(Object.fromEntries(answers)).toEqual({ '6160': 5000 });
    expect(blocked).toBe('6985');
    expect(verified).toBe('9000');
    expect(await sw(card, apdu)).toBe('6160');
  });

  it('answers 6A80 to a wrong tag in the data', async () => {
    expect(await sw(newCard(id), concat(hex('00 88 02 81 32 95 30'), challenge))).toBe('6A80');
  });

  it('answers 6A80 or 6700 to a challenge whose length does not match SHA-384', async () => {
    const status = await sw(newCard(id), concat(hex('00 88 02 81 22 94 20'), digest('sha256', message)));

    expect(['6A80', '6700']).toContain(status);
  });
});

describe('INTERNAL AUTHENTICATE (applet 1.7)', () => {
  it('is not supported: 6D00', async () => {
    expect(await sw(newCard('citizen-1.7'), internalAuthenticate(digest('sha384', 'x')))).toBe('6D00');
  });
});
