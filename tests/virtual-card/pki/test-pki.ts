import {
  ATTRIBUTE_OID,
  CA_SERIES,
  CA_VALIDITY,
  POLICY_OIDS,
  ROOT_COMMON_NAME,
  ROOT_VALIDITY,
  countryBe,
  rootCrlUrl,
  serialNumberAttribute,
  utf8Attribute,
} from './belgian-profiles.ts';
import { buildCertificate, type NameAttribute } from './certificate-builder.ts';
import {
  basicConstraintsExtension,
  certificatePoliciesExtension,
  crlDistributionPointsExtension,
  keyUsageExtension,
} from './certificate-extensions.ts';
import { deriveKeyPair } from './key-pair.ts';
import type { KeyAlgorithm, TestCertificate, TestPki } from './pki-types.ts';
import { deriveSerialNumber } from './serial-number.ts';

export type {
  CardholderCertificates,
  CardholderName,
  KeyAlgorithm,
  TestCertificate,
  TestKeyPair,
  TestPki,
} from './pki-types.ts';
export { type CardholderOptions, issueCardholderCertificates } from './cardholder-certificates.ts';

function caName(commonName: string, series: string): NameAttribute[] {
  return [countryBe(), serialNumberAttribute(series), utf8Attribute(ATTRIBUTE_OID.commonName, commonName)];
}

/**
 * Root, citizen CA, foreigner CA and RRN certificate for one key algorithm.
 *
 * Profiles follow the real Belgian ones (pki-and-signing.md §3.3–3.6) with TEST names: a
 * self-signed root (CA, pathlen 1), two card-issuing CAs under it (CA, pathlen 0; series
 * 202401/202402), and the RRN certificate issued directly by the root. Keys, serial numbers
 * and dates depend only on `seed` and `algorithm`, so the DER is identical on every run.
 * Keys come from the on-disk cache (`key-cache.ts`) when present; the first run for a seed
 * generates them (a few hundred milliseconds per RSA key).
 */
export function createTestPki(seed: string, algorithm: KeyAlgorithm): TestPki {
  const policies = POLICY_OIDS[algorithm];
  const serial = (label: string): Uint8Array => deriveSerialNumber(seed, `${algorithm}/${label}`);

  const rootCommonName = ROOT_COMMON_NAME[algorithm];
  const rootKey = deriveKeyPair(algorithm, seed, 'root');
  const rootDer = buildCertificate({
    serialNumber: serial('root'),
    subject: [countryBe(), utf8Attribute(ATTRIBUTE_OID.commonName, rootCommonName)],
    subjectPublicKey: rootKey.publicKey,
    ...ROOT_VALIDITY,
    extensions: [basicConstraintsExtension(true, 1), keyUsageExtension(['keyCertSign', 'cRLSign'])],
    signer: { keyPair: rootKey },
  });
  const root: TestCertificate = { der: rootDer, keyPair: rootKey, subjectCommonName: rootCommonName };
  const signer = { keyPair: rootKey, certificate: rootDer };

  const issuingCa = (label: string, commonName: string, series: string, policy: string): TestCertificate => {
    const keyPair = deriveKeyPair(algorithm, seed, label);
    const der = buildCertificate({
      serialNumber: serial(label),
      subject: caName(commonName, series),
      subjectPublicKey: keyPair.publicKey,
      ...CA_VALIDITY,
      extensions: [
        basicConstraintsExtension(true, 0),
        keyUsageExtension(['keyCertSign', 'cRLSign']),
        certificatePoliciesExtension([policy]),
        crlDistributionPointsExtension(rootCrlUrl(algorithm)),
      ],
      signer,
    });
    return { der, keyPair, subjectCommonName: commonName };
  };

  const rrnCommonName = 'RRN TEST';
  const rrnKey = deriveKeyPair(algorithm, seed, 'rrn');
  const rrnDer = buildCertificate({
    serialNumber: serial('rrn'),
    subject: [
      countryBe(),
      utf8Attribute(ATTRIBUTE_OID.organization, 'RRN'),
      utf8Attribute(ATTRIBUTE_OID.commonName, rrnCommonName),
    ],
    subjectPublicKey: rrnKey.publicKey,
    ...CA_VALIDITY,
    extensions: [
      basicConstraintsExtension(false),
      keyUsageExtension(['digitalSignature', 'nonRepudiation']),
      certificatePoliciesExtension([policies.rrn]),
      crlDistributionPointsExtension(rootCrlUrl(algorithm)),
    ],
    signer,
  });

  return {
    seed,
    algorithm,
    root,
    citizenCa: issuingCa('citizen-ca', 'Citizen CA TEST', CA_SERIES.citizen, policies.citizenCa),
    foreignerCa: issuingCa('foreigner-ca', 'Foreigner CA TEST', CA_SERIES.foreigner, policies.foreignerCa),
    rrn: { der: rrnDer, keyPair: rrnKey, subjectCommonName: rrnCommonName },
  };
}
