import {
  ATTRIBUTE_OID,
  POLICY_OIDS,
  caIssuersUrl,
  cardCrlUrl,
  countryBe,
  ocspUrl,
  serialNumberAttribute,
  utf8Attribute,
} from './belgian-profiles.ts';
import { buildCertificate } from './certificate-builder.ts';
import {
  authorityInfoAccessExtension,
  basicConstraintsExtension,
  certificatePoliciesExtension,
  crlDistributionPointsExtension,
  keyUsageExtension,
  qcComplianceExtension,
} from './certificate-extensions.ts';
import { deriveKeyPair } from './key-pair.ts';
import type { CardholderCertificates, CardholderName, TestCertificate, TestPki } from './pki-types.ts';
import { deriveSerialNumber } from './serial-number.ts';

/** Options of {@link issueCardholderCertificates}. */
export interface CardholderOptions {
  /** Seed of the holder's keys and serial numbers (independent of the PKI seed). */
  seed: string;
  holder: CardholderName;
  /** Which card-issuing CA signs: Citizen CA (Belgians) or Foreigner CA (residence cards). */
  issuer: 'citizen' | 'foreigner';
  notBefore: Date;
  notAfter: Date;
  withSigning: boolean;
}

type Role = 'authentication' | 'signing';

/**
 * Authentication (and, unless withSigning is false, signing) certificates for one card holder.
 *
 * Profile (pki-and-signing.md §3.2): subject `C=BE, CN=<first given name> <surname>
 * (Authentication|Signature), SN=<surname>, GN=<given names>, serialNumber=<national number>`;
 * critical keyUsage digitalSignature (authentication) or nonRepudiation (signing); no EKU;
 * the citizen/foreigner auth or sign policy of the PKI's root generation; AIA (OCSP +
 * caIssuers) and a CRL distribution point; qcStatements QcCompliance on the signing
 * certificate only. Keys use the labels `auth/<national number>` and `sign/<national number>`.
 */
export function issueCardholderCertificates(
  pki: TestPki,
  options: CardholderOptions,
): CardholderCertificates {
  const authentication = issueOne(pki, options, 'authentication');
  if (!options.withSigning) return { authentication };
  return { authentication, signing: issueOne(pki, options, 'signing') };
}

function issueOne(pki: TestPki, options: CardholderOptions, role: Role): TestCertificate {
  const { algorithm } = pki;
  const { holder, issuer } = options;
  const ca = issuer === 'citizen' ? pki.citizenCa : pki.foreignerCa;
  const policies = POLICY_OIDS[algorithm];
  const policy =
    issuer === 'citizen'
      ? role === 'authentication'
        ? policies.citizenAuthentication
        : policies.citizenSigning
      : role === 'authentication'
        ? policies.foreignerAuthentication
        : policies.foreignerSigning;
  const firstGivenName = holder.givenNames.trim().split(/\s+/u)[0] ?? '';
  const commonName = `${firstGivenName} ${holder.surname} (${role === 'authentication' ? 'Authentication' : 'Signature'})`;
  const label = `${role === 'authentication' ? 'auth' : 'sign'}/${holder.nationalNumber}`;
  const keyPair = deriveKeyPair(algorithm, options.seed, label);

  const der = buildCertificate({
    serialNumber: deriveSerialNumber(options.seed, `${algorithm}/${label}`),
    subject: [
      countryBe(),
      utf8Attribute(ATTRIBUTE_OID.commonName, commonName),
      utf8Attribute(ATTRIBUTE_OID.surname, holder.surname),
      utf8Attribute(ATTRIBUTE_OID.givenName, holder.givenNames),
      serialNumberAttribute(holder.nationalNumber),
    ],
    subjectPublicKey: keyPair.publicKey,
    notBefore: options.notBefore,
    notAfter: options.notAfter,
    extensions: [
      basicConstraintsExtension(false),
      keyUsageExtension([role === 'authentication' ? 'digitalSignature' : 'nonRepudiation']),
      certificatePoliciesExtension([policy]),
      authorityInfoAccessExtension(ocspUrl(algorithm), caIssuersUrl(algorithm, issuer)),
      crlDistributionPointsExtension(cardCrlUrl(algorithm, issuer)),
      ...(role === 'signing' ? [qcComplianceExtension()] : []),
    ],
    signer: { keyPair: ca.keyPair, certificate: ca.der },
  });
  return { der, keyPair, subjectCommonName: commonName };
}
