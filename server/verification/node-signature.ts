import { constants, verify, type KeyObject } from 'node:crypto';
import type { HashName } from '../../common/platform/web-crypto.ts';

/** A signature scheme as node:crypto runs it. */
export interface NodeSignatureScheme {
  readonly kind: 'rsa-pkcs1-v1_5' | 'rsa-pss' | 'ecdsa';
  readonly hash: HashName;
  /** ECDSA signature form: DER `ECDSA-Sig-Value` (X.509, CMS) or raw `r ‖ s` (JWS, the card). */
  readonly ecdsaEncoding?: 'der' | 'ieee-p1363';
}

/** node:crypto's digest name for a WebCrypto hash name (`SHA-384` → `sha384`). */
export function nodeHashName(hash: HashName): string {
  return hash.replace('-', '').toLowerCase();
}

/**
 * Verifies `signature` over `data` with a cached `KeyObject` (pki-and-signing.md §7: node:crypto
 * with cached keys is 2–10× faster than WebCrypto with an import per check). The key type must
 * fit the scheme; a mismatch, a malformed signature or any OpenSSL error is simply `false`.
 * RSASSA-PSS uses a salt as long as the digest (RFC 7518 §3.5).
 */
export function verifyWithKey(
  key: KeyObject,
  scheme: NodeSignatureScheme,
  data: Uint8Array,
  signature: Uint8Array,
): boolean {
  const type = key.asymmetricKeyType;
  const isRsa = scheme.kind !== 'ecdsa';
  if (isRsa ? type !== 'rsa' : type !== 'ec') return false;
  const options =
    scheme.kind === 'ecdsa'
      ? { key, dsaEncoding: scheme.ecdsaEncoding ?? 'der' }
      : scheme.kind === 'rsa-pss'
        ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }
        : { key, padding: constants.RSA_PKCS1_PADDING };
  try {
    return verify(nodeHashName(scheme.hash), data, options, signature);
  } catch {
    return false;
  }
}
