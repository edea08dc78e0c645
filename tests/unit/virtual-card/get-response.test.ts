import { verify, type KeyObject } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { concat, newCard, send, sw, VERIFY_1234 } from './apdu-helpers.ts';
import { AUTH_KEY, certificateKey, digest, getResponse, mse, pso } from './signing-helpers.ts';

/** GET RESPONSE `00 C0 00 00 Le` (belpic-protocol.md §3.3, §12.2). */
describe('GET RESPONSE', () => {
  const message = new TextEncoder().encode('get response');

  async function pendingSignature(id: string) {
    const card = newCard(id);
    const p384 = id.endsWith('1.8');
    await mse(card, p384 ? 0x02 : 0x08, AUTH_KEY);
    await send(card, VERIFY_1234);
    const r = await pso(card, digest(p384 ? 'sha384' : 'sha256', message));
    return { card, sw: r.sw };
  }

  describe('on 1.8 (96-byte signature)', () => {
    let key: KeyObject;
    beforeAll(async () => {
      key = await certificateKey('citizen-1.8', AUTH_KEY);
    });

    it('answers 6C 60 to a too long Le and keeps the buffer for the exact Le', async () => {
      const { card, sw: status } = await pendingSignature('citizen-1.8');

      const tooLong = await getResponse(card, 0x70);
      const exact = await getResponse(card, 0x60);

      expect(status).toBe('6160');
      expect(tooLong.sw).toBe('6C60');
      expect(tooLong.data.length).toBe(0);
      expect(exact.sw).toBe('9000');
      expect(verify('sha384', message, { key, dsaEncoding: 'ieee-p1363' }, exact.data)).toBe(true);
    });

    it('answers a short Le with that many bytes and 61 xx for the rest', async () => {
      const { card } = await pendingSignature('citizen-1.8');

      const head = await getResponse(card, 0x20);
      const tail = await getResponse(card, head.sw2);

      expect(head.sw).toBe('6140');
      expect(head.data.length).toBe(0x20);
      expect(tail.sw).toBe('9000');
      expect(tail.data.length).toBe(0x40);
      const signature = concat(head.data, tail.data);
      expect(verify('sha384', message, { key, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true);
    });

    it('answers 6985 once everything was fetched', async () => {
      const { card } = await pendingSignature('citizen-1.8');
      await getResponse(card, 0x60);

      expect((await getResponse(card, 0x60)).sw).toBe('6985');
    });
  });

  describe('on 1.7 (256-byte signature)', () => {
    let key: KeyObject;
    beforeAll(async () => {
      key = await certificateKey('citizen-1.7', AUTH_KEY);
    });

    it('returns 256 bytes for Le 00 after 61 00', async () => {
      const { card, sw: status } = await pendingSignature('citizen-1.7');

      const r = await getResponse(card, 0x00);

      expect(status).toBe('6100');
      expect(r.sw).toBe('9000');
      expect(r.data.length).toBe(256);
    });

    it('returns the signature in two halves with Le 80 (61 80, then 9000)', async () => {
      const { card } = await pendingSignature('citizen-1.7');

      const head = await getResponse(card, 0x80);
      const tail = await getResponse(card, 0x80);

      expect(head.sw).toBe('6180');
      expect(tail.sw).toBe('9000');
      expect(verify('sha256', message, key, concat(head.data, tail.data))).toBe(true);
    });
  });

  it.each(['citizen-1.7', 'citizen-1.8'])('answers 6985 when nothing is pending (%s)', async (id) => {
    const card = newCard(id);

    expect(await sw(card, '00 C0 00 00 60')).toBe('6985');
    expect(await sw(card, '00 C0 00 00 00')).toBe('6985');
  });
});
