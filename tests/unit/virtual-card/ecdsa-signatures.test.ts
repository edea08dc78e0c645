import { verify, type KeyObject } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { concat, hex, newCard, send, VERIFY_1234 } from './apdu-helpers.ts';
import {
  AUTH_KEY,
  certificateKey,
  digest,
  getResponse,
  mse,
  NON_REP_KEY,
  pso,
  signDtbs,
} from './signing-helpers.ts';

/** PSO:CDS on applet 1.8: ECDSA P-384, raw r‖s (belpic-protocol.md §5.3, §7.1–§7.3). */
describe('ECDSA signatures (applet 1.8)', () => {
  const id = 'citizen-1.8';
  const message = new TextEncoder().encode('document to sign on a 1.8 card');
  const p1363 = (key: KeyObject) => ({ key, dsaEncoding: 'ieee-p1363' as const });
  let authKey: KeyObject;
  let signKey: KeyObject;

  beforeAll(async () => {
    authKey = await certificateKey(id, AUTH_KEY);
    signKey = await certificateKey(id, NON_REP_KEY);
  });

  async function authenticatedCard(algorithm: number) {
    const card = newCard(id);
    await mse(card, algorithm, AUTH_KEY);
    await send(card, VERIFY_1234);
    return card;
  }

  it('signs a SHA-384 hash with ref 02: 61 60, then 96 bytes r‖s', async () => {
    const card = await authenticatedCard(0x02);

    const first = await pso(card, digest('sha384', message));
    const second = await getResponse(card, 0x60);

    expect(first.sw).toBe('6160');
    expect(second.sw).toBe('9000');
    expect(second.data.length).toBe(96);
    expect(verify('sha384', message, p1363(authKey), second.data)).toBe(true);
  });

  it.each([
    ['40 with a SHA-384 hash', 0x40, 'sha384'],
    ['40 with a SHA-256 hash', 0x40, 'sha256'],
    ['40 with a SHA-512 hash', 0x40, 'sha512'],
    ['01 (SHA-256)', 0x01, 'sha256'],
    ['04 (SHA-512)', 0x04, 'sha512'],
  ])('signs with ref %s', async (_name, algorithm, hash) => {
    const card = await authenticatedCard(algorithm);

    const signature = await signDtbs(card, digest(hash, message));

    expect(signature.length).toBe(96);
    expect(verify(hash, message, p1363(authKey), signature)).toBe(true);
  });

  it('signs with the non-repudiation key 83 (§7.3 sequence), verifying with the 5039 certificate', async () => {
    const card = newCard(id);
    const steps = [await send(card, '00 22 41 B6 05 04 80 02 84 83'), await send(card, VERIFY_1234)];

    const signature = await signDtbs(card, digest('sha384', message));

    expect(steps.map((r) => r.sw)).toEqual(['9000', '9000']);
    expect(verify('sha384', message, p1363(signKey), signature)).toBe(true);
    expect(verify('sha384', message, p1363(authKey), signature)).toBe(false);
  });

  it('accepts and ignores a trailing Le byte on PSO', async () => {
    const card = await authenticatedCard(0x02);

    const r = await send(card, concat(hex('00 2A 9E 9A 30'), digest('sha384', message), hex('00')));

    expect(r.sw).toBe('6160');
  });

  it.each([
    ['ref 02 with 32 bytes', 0x02, 32],
    ['ref 01 with 48 bytes', 0x01, 48],
    ['ref 04 with 48 bytes', 0x04, 48],
    ['ref 40 with 33 bytes', 0x40, 33],
    ['ref 40 with 16 bytes', 0x40, 16],
  ])('answers 6700 to a DTBS of the wrong length (%s)', async (_name, algorithm, length) => {
    const card = await authenticatedCard(algorithm);

    expect((await pso(card, new Uint8Array(length).fill(0xa5))).sw).toBe('6700');
  });
});
