import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateKeyPairUncached, deriveKeyPair } from '../../../virtual-card/pki/key-pair.ts';
import {
  type KeyAlgorithm,
  type TestCertificate,
  createTestPki,
  issueCardholderCertificates,
} from '../../../virtual-card/pki/test-pki.ts';
import { CITIZEN, HOLDER_VALIDITY, PKI_SEED, type PkiFixture, createPkiFixture } from './pki-fixture.ts';

const hex = (c: TestCertificate | undefined): string => Buffer.from(c?.der ?? []).toString('hex');
const allDer = (f: PkiFixture): string[] =>
  [
    f.pki.root,
    f.pki.citizenCa,
    f.pki.foreignerCa,
    f.pki.rrn,
    f.citizen.authentication,
    f.citizen.signing,
    f.foreigner.authentication,
    f.foreigner.signing,
  ].map(hex);

describe.each<KeyAlgorithm>(['rsa2048', 'p384'])('test PKI determinism (%s)', (algorithm) => {
  it('gives byte-identical certificates for the same seed', () => {
    expect(allDer(createPkiFixture(algorithm))).toEqual(allDer(createPkiFixture(algorithm)));
  });

  it('gives different keys and certificates for a different seed', () => {
    const a = allDer(createPkiFixture(algorithm));
    const b = allDer(createPkiFixture(algorithm, `${PKI_SEED}-other`));
    a.forEach((der, i) => expect(b[i]).not.toBe(der));
  });

  it('gives different holder certificates for a different holder seed', () => {
    const pki = createTestPki(PKI_SEED, algorithm);
    const issue = (seed: string): string =>
      hex(
        issueCardholderCertificates(pki, {
          seed,
          holder: CITIZEN,
          issuer: 'citizen',
          ...HOLDER_VALIDITY,
          withSigning: false,
        }).authentication,
      );
    expect(issue('holder-a')).toBe(issue('holder-a'));
    expect(issue('holder-a')).not.toBe(issue('holder-b'));
  });

  it('derives the same root key from the cache as from scratch', () => {
    const fromScratch = generateKeyPairUncached(algorithm, PKI_SEED, 'root');
    const pki = createTestPki(PKI_SEED, algorithm);
    const pkcs8 = (pair: typeof fromScratch): string =>
      pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('hex');
    expect(pkcs8(pki.root.keyPair)).toBe(pkcs8(fromScratch));
    expect(pkcs8(deriveKeyPair(algorithm, PKI_SEED, 'root', null))).toBe(pkcs8(fromScratch));
  });
});

describe('issueCardholderCertificates', () => {
  it('omits the signing certificate when withSigning is false', () => {
    const pki = createTestPki(PKI_SEED, 'p384');
    const certs = issueCardholderCertificates(pki, {
      seed: 'minor',
      holder: CITIZEN,
      issuer: 'citizen',
      ...HOLDER_VALIDITY,
      withSigning: false,
    });
    expect(certs.signing).toBeUndefined();
    expect(Object.keys(certs)).toEqual(['authentication']);
  });
});

describe('golden output', () => {
  // Pins the whole derivation (stream, key generation, serials, encoding, signing). If this
  // changes on purpose, bump DERIVATION_VERSION in key-cache.ts and update the hashes.
  it.each<[KeyAlgorithm, string]>([
    ['p384', 'e3c3304af5ca63e28dd379f91f77fd03d0433399efe7d3c945443d5dadcd9da4'],
    ['rsa2048', '70ca40822d72d94030e80e1844af41aa9550092c2f436fc1d2797c1816999909'],
  ])('keeps the %s root certificate stable across versions', (algorithm, sha256) => {
    const root = createTestPki('golden', algorithm).root;
    expect(createHash('sha256').update(root.der).digest('hex')).toBe(sha256);
  });
});
