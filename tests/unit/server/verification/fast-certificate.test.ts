import { createHash, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CertificateInfo } from '../../../../common/pki/certificate.ts';
import { CertificateStore, sha256Hex } from '../../../../server/verification/certificate-store.ts';
import { readCertificateFast } from '../../../../server/verification/fast-certificate.ts';
import {
  pkijsModel,
  realRoots,
  variedCertificates,
  virtualCardCertificates,
  type NamedCertificate,
} from './fast-certificate-corpus.ts';

/** The fields of CertificateInfo, each compared on its own so that a failure names it. */
const FIELDS: readonly (keyof CertificateInfo)[] = [
  'der',
  'sha256',
  'serialNumber',
  'subject',
  'issuer',
  'notBefore',
  'notAfter',
  'publicKey',
  'keyUsage',
  'extendedKeyUsage',
  'isCa',
  'pathLength',
  'policies',
  'criticalExtensions',
  'raw',
];

async function expectSameAsPkijs({ name, der }: NamedCertificate): Promise<void> {
  const fast = readCertificateFast(der, sha256Hex(der));
  expect(fast, `${name}: read by the fast reader`).toBeDefined();
  const model = await pkijsModel(der);
  expect(model, `${name}: parsed by pkijs`).toBeDefined();
  for (const field of FIELDS) expect(fast!.info[field], `${name}: ${field}`).toEqual(model![field]);
  expect(Object.keys(fast!.info).sort()).toEqual(Object.keys(model!).sort());
  const key = createPublicKey({ key: Buffer.from(model!.raw.spki), format: 'der', type: 'spki' });
  expect(fast!.key.equals(key), `${name}: the KeyObject`).toBe(true);
}

describe('readCertificateFast: the same CertificateInfo as parseCertificate (pkijs)', () => {
  it('on every certificate of every virtual card', async () => {
    const certificates = virtualCardCertificates();
    expect(certificates.length).toBeGreaterThan(50);
    for (const certificate of certificates) await expectSameAsPkijs(certificate);
  });

  it('on the real Belgian roots in resources/trust', async () => {
    for (const certificate of realRoots()) await expectSameAsPkijs(certificate);
  });

  it('on holder certificates with the variations the verifier checks', async () => {
    for (const certificate of variedCertificates()) await expectSameAsPkijs(certificate);
  });
});

/** `der` with `bytes` replaced at `offset`. */
function patched(der: Uint8Array, offset: number, bytes: readonly number[]): Uint8Array {
  const copy = der.slice();
  copy.set(bytes, offset);
  return copy;
}

/** Offset of the first occurrence of `needle` in `haystack`. */
function indexOf(haystack: Uint8Array, needle: readonly number[]): number {
  return Buffer.from(haystack).indexOf(Buffer.from(needle));
}

describe('readCertificateFast leaves what it does not model exactly to pkijs', () => {
  const [first] = virtualCardCertificates();
  const der = first!.der;

  it('returns undefined for data after the certificate, BER lengths, a truncated certificate', () => {
    const read = (bytes: Uint8Array) => readCertificateFast(bytes, sha256Hex(bytes));
    expect(read(Uint8Array.of(...der, 0))).toBeUndefined();
    expect(read(der.subarray(0, der.length - 1))).toBeUndefined();
    // 30 82 LL LL → 30 83 00 LL LL: the same length in a non-minimal form.
    const berLength = Uint8Array.of(0x30, 0x83, 0x00, ...der.subarray(2));
    expect(read(berLength)).toBeUndefined();
    expect(read(new Uint8Array(0))).toBeUndefined();
    expect(read(Uint8Array.of(0x30, 0x00))).toBeUndefined();
  });

  it('returns undefined for a critical flag that is not DER TRUE, and for a TBS signature algorithm mismatch', async () => {
    const critical = [0x01, 0x01, 0xff];
    const at = indexOf(der, critical);
    expect(at).toBeGreaterThan(0);
    const berTrue = patched(der, at, [0x01, 0x01, 0x01]);
    expect(readCertificateFast(berTrue, sha256Hex(berTrue))).toBeUndefined();
    expect(await pkijsModel(berTrue)).toMatchObject({ criticalExtensions: expect.any(Array) });

    const model = (await pkijsModel(der))!;
    const oid =
      model.raw.signatureAlgorithm === '1.2.840.10045.4.3.3' ? [0x04, 0x03, 0x03] : [0x01, 0x01, 0x0b];
    const tbsAlgorithm = indexOf(der, oid);
    const mismatch = patched(der, tbsAlgorithm, oid[0] === 0x04 ? [0x04, 0x03, 0x02] : [0x01, 0x01, 0x0c]);
    expect(readCertificateFast(mismatch, sha256Hex(mismatch))).toBeUndefined();
    expect(await pkijsModel(mismatch)).toBeUndefined();
  });

  it('never returns a model pkijs would refuse or read differently (3000 mutated certificates)', async () => {
    const corpus = [...virtualCardCertificates().slice(0, 12), ...realRoots()];
    let state = 20260301;
    const next = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    let read = 0;
    for (let round = 0; round < 3000; round++) {
      const { der: base } = corpus[Math.floor(next() * corpus.length)]!;
      const mutated = base.slice();
      for (let flips = 1 + Math.floor(next() * 3); flips > 0; flips--) {
        const at = Math.floor(next() * mutated.length);
        mutated[at] = next() < 0.5 ? Math.floor(next() * 256) : mutated[at]! ^ (1 << Math.floor(next() * 8));
      }
      const fast = readCertificateFast(mutated, sha256Hex(mutated));
      if (fast === undefined) continue;
      read++;
      const model = await pkijsModel(mutated);
      expect(model, `round ${round}: pkijs refuses what the fast reader read`).toBeDefined();
      for (const field of FIELDS) expect(fast.info[field], `round ${round}: ${field}`).toEqual(model![field]);
    }
    expect(read).toBeGreaterThan(500); // most mutations hit keys and signatures, which both read
  }, 60_000);
});

describe('CertificateStore with the fast reader', () => {
  it('falls back to pkijs for what the fast reader leaves, with the same refusals', async () => {
    const store = new CertificateStore();
    const [first] = virtualCardCertificates();
    const der = first!.der;
    const critical = indexOf(der, [0x01, 0x01, 0xff]);
    const berTrue = patched(der, critical, [0x01, 0x01, 0x01]);
    const stored = await store.get(berTrue);
    expect(stored.info).toEqual(await pkijsModel(berTrue));
    expect(stored.sha256).toBe(createHash('sha256').update(berTrue).digest('hex'));
    await expect(store.get(Uint8Array.of(...der, 0))).rejects.toThrow(/data after the certificate/);
    await expect(store.get(Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x01))).rejects.toThrow();
  });
});
