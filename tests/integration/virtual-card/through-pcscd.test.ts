import { createHash, verify, X509Certificate } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { certificateDer, hex, readFile, send, sign } from '../../support/belpic-test-host.ts';
import { insertVirtualCard, type InsertedCard } from '../../support/virtual-reader.ts';
import { toHex } from '../../virtual-card/apdu-trace.ts';

let inserted: InsertedCard | undefined;
afterEach(async () => {
  await inserted?.close();
  inserted = undefined;
});

const transmitOf = (c: InsertedCard) => (apdu: Uint8Array) => c.reader.transmit(apdu);
const sha = (alg: string, data: Uint8Array) => new Uint8Array(createHash(alg).update(data).digest());
const stripTrailingZeros = (b: Uint8Array) =>
  b.subarray(0, b.length - [...b].reverse().findIndex((x) => x !== 0));

describe.each([
  { id: 'citizen-1.7', atr: '3B 98 13 40 0A A5 03 01 01 01 AD 13 11' },
  { id: 'citizen-1.8', atr: '3B 7F 96 00 00 80 31 80 65 B0 85 04 01 20 12 0F FF 82 90 00' },
])('$id through pcscd and vpcd', ({ id, atr }) => {
  it('is seen by pcscd with its ATR and answers GET CARD DATA over T=0', async () => {
    inserted = await insertVirtualCard(id);
    await inserted.reader.connect();

    const cardData = await send(transmitOf(inserted), '80 E4 00 00 1C');

    expect(toHex(inserted.reader.atr)).toBe(atr);
    expect(cardData.sw).toBe(0x9000);
    expect(cardData.data[21]).toBe(id.endsWith('1.7') ? 0x17 : 0x18);
    expect(inserted.client.quickAckActive).toBe(true);
  });

  it('signs with the authentication and the non-repudiation key; node:crypto verifies against the certificates read from the card', async () => {
    inserted = await insertVirtualCard(id);
    await inserted.reader.connect();
    const t = transmitOf(inserted);
    const message = new TextEncoder().encode(`application for ${id}`);

    for (const [key, file] of [
      [0x82, '3F00DF005038'],
      [0x83, '3F00DF005039'],
    ] as const) {
      const certificate = new X509Certificate(certificateDer(await readFile(t, file)));
      const ok = id.endsWith('1.7')
        ? verify(
            'sha256',
            message,
            certificate.publicKey,
            await sign(t, key, 0x08, sha('sha256', message), '1234'),
          )
        : verify(
            'sha384',
            message,
            { key: certificate.publicKey, dsaEncoding: 'ieee-p1363' },
            await sign(t, key, 0x40, sha('sha384', message), '1234'),
          );

      expect(ok, `signature with key ${key.toString(16)}`).toBe(true);
    }
  });

  it('carries RRN signatures over identity and address that verify as pki-and-signing.md §4 describes', async () => {
    inserted = await insertVirtualCard(id);
    await inserted.reader.connect();
    const t = transmitOf(inserted);
    const rrn = new X509Certificate(certificateDer(await readFile(t, '3F00DF00503C')));
    const identity = await readFile(t, '3F00DF014031');
    const identitySignature = await readFile(t, '3F00DF014032');
    const address = await readFile(t, '3F00DF014033');
    const addressSignature = await readFile(t, '3F00DF014034');
    const addressSigned = new Uint8Array([...stripTrailingZeros(address), ...identitySignature]);

    const check = (data: Uint8Array, signature: Uint8Array): boolean =>
      rrn.publicKey.asymmetricKeyType === 'ec'
        ? verify('sha384', data, rrn.publicKey, signature.subarray(0, signature[1]! + 2))
        : verify('sha256', data, rrn.publicKey, signature);

    expect(check(identity, identitySignature)).toBe(true);
    expect(check(addressSigned, addressSignature)).toBe(true);
    expect(check(address, addressSignature)).toBe(false); // the padding must be stripped first
  });

  it('reports removal to PC/SC mid-session and works again after re-insertion', async () => {
    inserted = await insertVirtualCard(id);
    await inserted.reader.connect();
    const t = transmitOf(inserted);
    inserted.card.faults.removeAfter(2);

    await send(t, '00 A4 08 0C 06 3F 00 DF 01 40 31');
    await send(t, '00 B0 00 00 10');
    // vpcd loses the card mid-APDU: pcscd first hands back a response without a status word
    // (0 bytes, no error), then SCARD_E_NOT_TRANSACTED; once it polls the reader, every
    // transmit fails with SCARD_W_REMOVED_CARD. A host must treat < 2 bytes as a failure.
    const lost = await t(hex('00 B0 00 10 10')).then(
      (r) => r.length,
      () => 0,
    );
    await inserted.reader.waitForCard(false);
    const afterRemoval = await t(hex('80 E4 00 00 1C')).then(
      () => 'answered',
      (e: Error) => e.message,
    );

    expect(lost).toBeLessThan(2);
    expect(afterRemoval).toMatch(/0x80100069|0x80100016/);
    inserted.card.insert();
    await inserted.reader.waitForCard(true);
    await inserted.reader.disconnect();
    await inserted.reader.connect();

    expect((await send(t, '80 E4 00 00 1C')).sw).toBe(0x9000);
  });
});

describe('two cards at once', () => {
  it('serves both vpcd readers independently', async () => {
    const first = await insertVirtualCard('citizen-1.7', 0);
    const second = await insertVirtualCard('kids-1.8', 1);
    try {
      await first.reader.connect();
      await second.reader.connect();

      const a = await send(transmitOf(first), '80 E4 00 00 1C');
      const b = await send(transmitOf(second), '80 E4 00 00 1C');

      expect(a.data.subarray(0, 16)).toEqual(first.card.image.serial);
      expect(b.data.subarray(0, 16)).toEqual(second.card.image.serial);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
