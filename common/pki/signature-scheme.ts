import type { HashName } from '../platform/web-crypto.ts';

/** A signature algorithm as WebCrypto runs it: RSASSA-PKCS1-v1_5 or ECDSA, with its hash. */
export interface SignatureScheme {
  readonly kind: 'rsa-pkcs1-v1_5' | 'ecdsa';
  readonly hash: HashName;
}

/**
 * Certificate `signatureAlgorithm` OIDs this code verifies (RFC 4055 §5, RFC 5758 §3.2,
 * RFC 3279 §2.2): every algorithm of the Belgian eID PKIs (pki-and-signing.md §3.5: sha1RSA for
 * the old roots, sha256RSA, ecdsa-with-SHA384 for Root CA6) and their siblings. RSASSA-PSS is
 * not used by the Belgian PKI and not listed.
 */
export const SIGNATURE_ALGORITHMS: ReadonlyMap<string, SignatureScheme> = new Map([
  ['1.2.840.113549.1.1.5', { kind: 'rsa-pkcs1-v1_5', hash: 'SHA-1' }], // sha1WithRSAEncryption
  ['1.2.840.113549.1.1.11', { kind: 'rsa-pkcs1-v1_5', hash: 'SHA-256' }], // sha256WithRSAEncryption
  ['1.2.840.113549.1.1.12', { kind: 'rsa-pkcs1-v1_5', hash: 'SHA-384' }], // sha384WithRSAEncryption
  ['1.2.840.113549.1.1.13', { kind: 'rsa-pkcs1-v1_5', hash: 'SHA-512' }], // sha512WithRSAEncryption
  ['1.2.840.10045.4.1', { kind: 'ecdsa', hash: 'SHA-1' }], // ecdsa-with-SHA1
  ['1.2.840.10045.4.3.2', { kind: 'ecdsa', hash: 'SHA-256' }], // ecdsa-with-SHA256
  ['1.2.840.10045.4.3.3', { kind: 'ecdsa', hash: 'SHA-384' }], // ecdsa-with-SHA384
  ['1.2.840.10045.4.3.4', { kind: 'ecdsa', hash: 'SHA-512' }], // ecdsa-with-SHA512
]);
