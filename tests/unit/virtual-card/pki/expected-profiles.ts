import type { DecodedAttribute } from './inspect-certificate.ts';

/* Expected values for the profile tests, written out from pki-and-signing.md §3 (not imported from the code under test). */

/** X.520 countryName. */
export const C = '2.5.4.6';
/** X.520 commonName. */
export const CN = '2.5.4.3';
/** X.520 surname. */
export const SN = '2.5.4.4';
/** X.520 givenName. */
export const GN = '2.5.4.42';
/** X.520 serialNumber. */
export const SERIAL = '2.5.4.5';
/** X.520 organizationName. */
export const O = '2.5.4.10';

/** A PrintableString attribute as inspectCertificate reports it. */
export const printable = (type: string, value: string): DecodedAttribute => ({
  type,
  value,
  stringType: 'PrintableString',
});
/** A UTF8String attribute as inspectCertificate reports it. */
export const utf8 = (type: string, value: string): DecodedAttribute => ({
  type,
  value,
  stringType: 'Utf8String',
});

/** Root name, signature algorithm and policy OIDs per key algorithm (§3.3: RCA4 row for RSA, RCA6 for EC). */
export const EXPECTED = {
  rsa2048: {
    rootName: 'Belgium Root CA TEST (RSA)',
    signature: '1.2.840.113549.1.1.11',
    citizenCa: '2.16.56.12.1.1.2',
    foreignerCa: '2.16.56.12.1.1.7',
    rrn: '2.16.56.12.1.1.4',
    leaf: {
      citizenAuth: '2.16.56.12.1.1.2.2',
      citizenSign: '2.16.56.12.1.1.2.1',
      foreignerAuth: '2.16.56.12.1.1.7.2',
      foreignerSign: '2.16.56.12.1.1.7.1',
    },
  },
  p384: {
    rootName: 'Belgium Root CA TEST (EC)',
    signature: '1.2.840.10045.4.3.3',
    citizenCa: '2.5.29.32.0',
    foreignerCa: '2.5.29.32.0',
    rrn: '2.16.56.13.6.0.1',
    leaf: {
      citizenAuth: '2.16.56.13.6.1.1.1000',
      citizenSign: '2.16.56.13.6.1.2.1000',
      foreignerAuth: '2.16.56.13.6.2.1.1000',
      foreignerSign: '2.16.56.13.6.2.2.1000',
    },
  },
} as const;

// keyUsage BIT STRING contents: unused-bits byte, then the bits (RFC 5280 §4.2.1.3).
/** keyUsage keyCertSign + cRLSign. */
export const KU_CA = '0106';
/** keyUsage digitalSignature + nonRepudiation. */
export const KU_RRN = '06c0';
/** keyUsage digitalSignature. */
export const KU_AUTH = '0780';
/** keyUsage nonRepudiation. */
export const KU_SIGN = '0640';
