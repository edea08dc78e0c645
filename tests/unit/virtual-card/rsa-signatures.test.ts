import { constants, verify, type KeyObject } from 'node:crypto';
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
  SHA256_DIGEST_INFO,
  signDtbs,
} from './signing-helpers.ts';

/** PSO:CDS on applet 1.7: RSA-2048 PKCS#1 v1.5 and PSS (belpic-protocol.md §7.1–§7.3). */
describe('RSA signatures (applet 1.7)', () => {
  const id = 'citizen-1.7';
  const message = new TextEncoder().encode('document to sign on a 1.7 card');
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

  it('signs a SHA-256 hash with ref 08: 61 00, then 256 bytes verifying as PKCS#1 v1.5', async () => {
    const card = await authenticatedCard(0x08);

    const first = await pso(card, digest('sha256', message));
    const second = await getResponse(card, 0x00);

    expect(first.sw).toBe('6100');
    expect(second.sw).toBe('9000');
    expect(second.data.length).toBe(256);
    expect(
      verify('sha256', message, { key: authKey, padding: constants.RSA_PKCS1_PADDING }, second.data),
    ).toBe(true);
  });

  it('signs DigestInfo ‖ SHA-256 with ref 01 (commons-eid style, §7.3)', async () => {
    const card = await authenticatedCard(0x01);
    const dtbs = concat(SHA256_DIGEST_INFO, digest('sha256', message));

    const signature = await signDtbs(card, dtbs);

    expect(dtbs.length).toBe(0x33);
    expect(signature.length).toBe(256);
    expect(verify('sha256', message, authKey, signature)).toBe(true);
  });

  it('signs DigestInfo ‖ SHA-384 with ref 01 (hashes without a native ref)', async () => {
    const card = await authenticatedCard(0x01);
    const prefix = hex('30 41 30 0D 06 09 60 86 48 01 65 03 04 02 02 05 00 04 30');

    const signature = await signDtbs(card, concat(prefix, digest('sha384', message)));

    expect(verify('sha384', message, authKey, signature)).toBe(true);
  });

  it('signs a SHA-1 hash with ref 02', async () => {
    const card = await authenticatedCard(0x02);

    const signature = await signDtbs(card, digest('sha1', message));

    expect(verify('sha1', message, authKey, signature)).toBe(true);
  });

  it('signs with RSASSA-PSS SHA-256, salt 32, with ref 20', async () => {
    const card = await authenticatedCard(0x20);

    const signature = await signDtbs(card, digest('sha256', message));

    const key = { key: authKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
    expect(signature.length).toBe(256);
    expect(verify('sha256', message, key, signature)).toBe(true);
  });

  it('signs with RSASSA-PSS SHA-1, salt 20, with ref 10', async () => {
    const card = await authenticatedCard(0x10);

    const signature = await signDtbs(card, digest('sha1', message));

    const key = { key: authKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 };
    expect(verify('sha1', message, key, signature)).toBe(true);
  });

  it('signs with the non-repudiation key 83, verifying with the 5039 certificate', async () => {
    const card = newCard(id);
    await mse(card, 0x08, NON_REP_KEY);
    await send(card, VERIFY_1234);

    const signature = await signDtbs(card, digest('sha256', message));

    expect(verify('sha256', message, signKey, signature)).toBe(true);
    expect(verify('sha256', message, authKey, signature)).toBe(false);
  });

  it('accepts and ignores a trailing Le byte on PSO (case 4 over T=0)', async () => {
    const card = await authenticatedCard(0x08);

    const r = await send(card, concat(hex('00 2A 9E 9A 20'), digest('sha256', message), hex('00')));

    expect(r.sw).toBe('6100');
  });

  it.each([
    ['ref 08 with 31 bytes', 0x08, 31],
    ['ref 08 with 33 bytes', 0x08, 33],
    ['ref 02 with 32 bytes', 0x02, 32],
    ['ref 20 with 20 bytes', 0x20, 20],
    ['ref 01 with 246 bytes (more than 245)', 0x01, 246],
  ])('answers 6700 to a DTBS of the wrong length (%s)', async (_name, algorithm, length) => {
    const card = await authenticatedCard(algorithm);

    expect((await pso(card, new Uint8Array(length).fill(0x5a))).sw).toBe('6700');
  });
});
