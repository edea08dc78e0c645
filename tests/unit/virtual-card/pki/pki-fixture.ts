import {
  type CardholderCertificates,
  type KeyAlgorithm,
  type TestPki,
  createTestPki,
  issueCardholderCertificates,
} from '../../../virtual-card/pki/test-pki.ts';

/** Seed shared by the PKI tests (keys come from the on-disk cache after the first run). */
export const PKI_SEED = 'unit-test-pki';

/** Cardholder validity used by the fixtures. */
export const HOLDER_VALIDITY = {
  notBefore: new Date('2025-03-01T00:00:00Z'),
  notAfter: new Date('2035-03-01T00:00:00Z'),
};

/** A time inside every fixture certificate's validity, for `openssl verify -attime`. */
export const INSIDE_VALIDITY = new Date('2026-06-15T12:00:00Z');

/** A Belgian citizen with accented names and several given names. */
export const CITIZEN = { givenNames: 'Émilie Anne Marie', surname: 'Müller', nationalNumber: '85073100107' };

/** A foreign resident with a hyphenated first given name. */
export const FOREIGNER = {
  givenNames: 'Ana-Lucía José',
  surname: 'García Pérez',
  nationalNumber: '90022812345',
};

/** A PKI and two card holders (one per issuing CA) for one algorithm. */
export interface PkiFixture {
  pki: TestPki;
  citizen: CardholderCertificates;
  foreigner: CardholderCertificates;
}

/** Builds the fixture; deterministic, so every call returns byte-identical certificates. */
export function createPkiFixture(algorithm: KeyAlgorithm, seed = PKI_SEED): PkiFixture {
  const pki = createTestPki(seed, algorithm);
  const issue = (
    holderSeed: string,
    holder: typeof CITIZEN,
    issuer: 'citizen' | 'foreigner',
  ): CardholderCertificates =>
    issueCardholderCertificates(pki, {
      seed: holderSeed,
      holder,
      issuer,
      ...HOLDER_VALIDITY,
      withSigning: true,
    });
  return {
    pki,
    citizen: issue(`${seed}/citizen`, CITIZEN, 'citizen'),
    foreigner: issue(`${seed}/foreigner`, FOREIGNER, 'foreigner'),
  };
}
