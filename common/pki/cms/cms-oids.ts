import type { HashName } from '../../platform/web-crypto.ts';

/** Object identifiers of CMS (RFC 5652), ESS (RFC 5035) and the algorithms used with them. */
export const CMS_OID = {
  /** id-data (RFC 5652 §4): the content type of the signed application. */
  data: '1.2.840.113549.1.7.1',
  /** id-signedData (RFC 5652 §5.1). */
  signedData: '1.2.840.113549.1.7.2',
  /** id-contentType attribute (RFC 5652 §11.1). */
  contentType: '1.2.840.113549.1.9.3',
  /** id-messageDigest attribute (RFC 5652 §11.2). */
  messageDigest: '1.2.840.113549.1.9.4',
  /** id-signingTime attribute (RFC 5652 §11.3). */
  signingTime: '1.2.840.113549.1.9.5',
  /** id-aa-signingCertificateV2 (RFC 5035 §3). */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  /** rsaEncryption (RFC 8017 A.1): the CMS signature algorithm for RSA PKCS#1 v1.5 (RFC 3370 §3.2). */
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

/** Hash algorithm OIDs (RFC 5754 §2) by WebCrypto name. */
export const HASH_OID: Readonly<Record<HashName, string>> = {
  'SHA-1': '1.3.14.3.2.26',
  'SHA-256': '2.16.840.1.101.3.4.2.1',
  'SHA-384': '2.16.840.1.101.3.4.2.2',
  'SHA-512': '2.16.840.1.101.3.4.2.3',
};

/** The hash of a hash OID, or undefined for one not in {@link HASH_OID}. */
export function hashOfOid(oid: string): HashName | undefined {
  return (Object.keys(HASH_OID) as HashName[]).find((name) => HASH_OID[name] === oid);
}

/** ecdsa-with-SHA* (RFC 5758 §3.2) by hash; parameters are absent. */
export const ECDSA_WITH_OID: Readonly<Record<HashName, string>> = {
  'SHA-1': '1.2.840.10045.4.1',
  'SHA-256': '1.2.840.10045.4.3.2',
  'SHA-384': '1.2.840.10045.4.3.3',
  'SHA-512': '1.2.840.10045.4.3.4',
};
