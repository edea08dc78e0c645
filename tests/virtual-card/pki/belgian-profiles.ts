import type { NameAttribute } from './certificate-builder.ts';
import type { KeyAlgorithm } from './pki-types.ts';

/** X.520 attribute type OIDs used in Belgian eID names. */
export const ATTRIBUTE_OID = {
  country: '2.5.4.6',
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  givenName: '2.5.4.42',
  serialNumber: '2.5.4.5',
  organization: '2.5.4.10',
} as const;

/** anyPolicy (RFC 5280 §4.2.1.4); the RCA6-era Citizen/Foreigner CA certificates carry it. */
export const ANY_POLICY_OID = '2.5.29.32.0';

/** Certificate policy OIDs of one root generation (pki-and-signing.md §3.3). */
export interface PolicyOids {
  citizenCa: string;
  foreignerCa: string;
  rrn: string;
  citizenAuthentication: string;
  citizenSigning: string;
  foreignerAuthentication: string;
  foreignerSigning: string;
}

/** RSA uses the RCA4 row (2.16.56.12.…); P-384 the RCA6 row (2.16.56.13.6.…) with anyPolicy CAs. */
export const POLICY_OIDS: Readonly<Record<KeyAlgorithm, PolicyOids>> = {
  rsa2048: {
    citizenCa: '2.16.56.12.1.1.2',
    foreignerCa: '2.16.56.12.1.1.7',
    rrn: '2.16.56.12.1.1.4',
    citizenAuthentication: '2.16.56.12.1.1.2.2',
    citizenSigning: '2.16.56.12.1.1.2.1',
    foreignerAuthentication: '2.16.56.12.1.1.7.2',
    foreignerSigning: '2.16.56.12.1.1.7.1',
  },
  p384: {
    citizenCa: ANY_POLICY_OID,
    foreignerCa: ANY_POLICY_OID,
    rrn: '2.16.56.13.6.0.1',
    citizenAuthentication: '2.16.56.13.6.1.1.1000',
    citizenSigning: '2.16.56.13.6.1.2.1000',
    foreignerAuthentication: '2.16.56.13.6.2.1.1000',
    foreignerSigning: '2.16.56.13.6.2.2.1000',
  },
};

/** Subject `serialNumber` (YYYYNN series code, §3.4) of the test Citizen and Foreigner CAs. */
export const CA_SERIES = { citizen: '202401', foreigner: '202402' } as const;

/** Root common name per algorithm; "TEST" so nobody mistakes it for the real root. */
export const ROOT_COMMON_NAME: Readonly<Record<KeyAlgorithm, string>> = {
  rsa2048: 'Belgium Root CA TEST (RSA)',
  p384: 'Belgium Root CA TEST (EC)',
};

/** Fixed validity of the root (UTC). */
export const ROOT_VALIDITY = {
  notBefore: new Date('2020-01-01T00:00:00Z'),
  notAfter: new Date('2045-01-01T00:00:00Z'),
};

/** Fixed validity of the Citizen/Foreigner CAs and the RRN certificate (UTC), inside the root's. */
export const CA_VALIDITY = {
  notBefore: new Date('2024-01-01T00:00:00Z'),
  notAfter: new Date('2040-01-01T00:00:00Z'),
};

/** Host of every OCSP, CRL and caIssuers URL: the reserved `.test` TLD (RFC 2606) never resolves to a real service. */
const PKI_HOST = 'eid-pki.test';

/** OCSP responder URL of a test PKI. */
export function ocspUrl(algorithm: KeyAlgorithm): string {
  return `http://ocsp.${PKI_HOST}/${algorithm}`;
}

/** caIssuers URL where a CA certificate would be published. */
export function caIssuersUrl(algorithm: KeyAlgorithm, issuer: 'citizen' | 'foreigner'): string {
  return `http://certs.${PKI_HOST}/${algorithm}/${issuer}-ca-${CA_SERIES[issuer]}.crt`;
}

/** CRL of a card-issuing CA (`eidc<series>.crl` in the real PKI; `eidf` for foreigners here). */
export function cardCrlUrl(algorithm: KeyAlgorithm, issuer: 'citizen' | 'foreigner'): string {
  return `http://crl.${PKI_HOST}/${algorithm}/eid${issuer === 'citizen' ? 'c' : 'f'}${CA_SERIES[issuer]}.crl`;
}

/** CRL of the root, listed in the CA and RRN certificates. */
export function rootCrlUrl(algorithm: KeyAlgorithm): string {
  return `http://crl.${PKI_HOST}/${algorithm}/belgium-root-test.crl`;
}

/** `C=BE` (PrintableString). */
export function countryBe(): NameAttribute {
  return { type: ATTRIBUTE_OID.country, value: 'BE', encoding: 'printable' };
}

/** A UTF8String attribute. */
export function utf8Attribute(type: string, value: string): NameAttribute {
  return { type, value, encoding: 'utf8' };
}

/** A PrintableString `serialNumber` attribute. */
export function serialNumberAttribute(value: string): NameAttribute {
  return { type: ATTRIBUTE_OID.serialNumber, value, encoding: 'printable' };
}
