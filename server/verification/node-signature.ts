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
  const options = keyOptions(key, scheme);
  if (options === undefined) return false;
  try {
    return verify(nodeHashName(scheme.hash), data, options, signature);
  } catch {
    return false;
  }
}

/**
 * node:crypto key options for `scheme`, or `undefined` when the key type does not fit it. Where
 * node:crypto's defaults are the scheme (DER ECDSA; PKCS#1 v1.5 for an `rsa` key) the
 * KeyObject itself is passed: an options object costs node:crypto an exception per call while
 * telling a KeyObject from it (some 10 µs, a third of an RSA-2048 check).
 */
function keyOptions(key: KeyObject, scheme: NodeSignatureScheme) {
  const type = key.asymmetricKeyType;
  const isRsa = scheme.kind !== 'ecdsa';
  if (isRsa ? type !== 'rsa' : type !== 'ec') return undefined;
  if (scheme.kind === 'ecdsa')
    return scheme.ecdsaEncoding === 'ieee-p1363' ? { key, dsaEncoding: 'ieee-p1363' as const } : key;
  return scheme.kind === 'rsa-pss'
    ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }
    : key;
}

/** Largest RSA key of {@link isRoutineKey}. */
const ROUTINE_RSA_BITS = 4096;

/**
 * Whether a check with `key` costs what a Belgian card's does: an EC key, or RSA of at most
 * 4096 bits (RSA-2048 cards). Only such checks are started before the key's certificate is
 * trusted, or run on the event loop: an attacker's certificate cannot make the service spend
 * more on it than on a genuine one (RSA-16384 costs some 60 times RSA-2048).
 */
export function isRoutineKey(key: KeyObject): boolean {
  if (key.asymmetricKeyType === 'ec') return true;
  if (key.asymmetricKeyType !== 'rsa') return false;
  const bits = key.asymmetricKeyDetails?.modulusLength;
  return bits !== undefined && bits <= ROUTINE_RSA_BITS;
}

/**
 * {@link verifyWithKey} on libuv's thread pool (the callback form of `crypto.verify`), so that
 * the checks of concurrent requests, and the independent checks of one request, run on every
 * core instead of blocking the event loop. Same verdicts: never rejects; a key that does not
 * fit the scheme, a malformed signature or any OpenSSL error is `false`.
 *
 * A routine RSA key ({@link isRoutineKey}) is checked at once on the event loop instead: with
 * e = 65537 a check takes 20–80 µs, less than handing it to another thread and back costs
 * (measured: the 1.7 mix runs some 20 % faster so). ECDSA (P-384: half a millisecond) and
 * larger RSA keys go to the pool.
 */
export function verifyWithKeyAsync(
  key: KeyObject,
  scheme: NodeSignatureScheme,
  data: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  const options = keyOptions(key, scheme);
  if (options === undefined) return Promise.resolve(false);
  if (key.asymmetricKeyType === 'rsa' && isRoutineKey(key))
    return Promise.resolve(verifyWithKey(key, scheme, data, signature));
  onPool++;
  return new Promise<boolean>((resolve) => {
    try {
      verify(nodeHashName(scheme.hash), data, options, signature, (error, valid) =>
        resolve(error === null && valid),
      );
    } catch {
      resolve(false);
    }
  }).finally(() => onPool--);
}

/** Verifications handed to the thread pool whose answer has not come back. */
let onPool = 0;

/**
 * {@link verifyWithKeyAsync} for a check a request starts while `alongside` of its own are on
 * the thread pool: when nothing else is there (the service is not busy) and the key is
 * routine, it is run at once on the event loop, which would otherwise wait idle for the pool
 * (one request's checks then use two cores); under load it goes to the pool like the others.
 * Same verdicts either way.
 */
export function verifyAlongside(
  alongside: number,
  key: KeyObject,
  scheme: NodeSignatureScheme,
  data: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  if (onPool > alongside || !isRoutineKey(key)) return verifyWithKeyAsync(key, scheme, data, signature);
  return Promise.resolve(verifyWithKey(key, scheme, data, signature));
}
