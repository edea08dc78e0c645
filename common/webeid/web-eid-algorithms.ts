import type { HashName } from '../platform/web-crypto.ts';
import type { PublicKeyModel } from '../pki/public-key.ts';

/** JWS algorithm names Web eID tokens may carry (RFC 7518 §3.1; pki-and-signing.md §5.1). */
export type WebEidAlgorithm =
  'RS256' | 'RS384' | 'RS512' | 'PS256' | 'PS384' | 'PS512' | 'ES256' | 'ES384' | 'ES512';

/** How a {@link WebEidAlgorithm} signs (RFC 7518 §3.3–§3.5). */
export interface WebEidAlgorithmSpec {
  readonly kind: 'rsa-pkcs1-v1_5' | 'rsa-pss' | 'ecdsa';
  readonly hash: HashName;
  /** The curve an ECDSA algorithm requires (RFC 7518 §3.4: ES256 ↔ P-256, ...). */
  readonly curve?: 'P-256' | 'P-384' | 'P-521';
}

/** Every algorithm of the Web eID validators' allowlist (`AuthTokenSignatureValidator`). */
export const WEB_EID_ALGORITHMS: Readonly<Record<WebEidAlgorithm, WebEidAlgorithmSpec>> = {
  RS256: { kind: 'rsa-pkcs1-v1_5', hash: 'SHA-256' },
  RS384: { kind: 'rsa-pkcs1-v1_5', hash: 'SHA-384' },
  RS512: { kind: 'rsa-pkcs1-v1_5', hash: 'SHA-512' },
  PS256: { kind: 'rsa-pss', hash: 'SHA-256' },
  PS384: { kind: 'rsa-pss', hash: 'SHA-384' },
  PS512: { kind: 'rsa-pss', hash: 'SHA-512' },
  ES256: { kind: 'ecdsa', hash: 'SHA-256', curve: 'P-256' },
  ES384: { kind: 'ecdsa', hash: 'SHA-384', curve: 'P-384' },
  ES512: { kind: 'ecdsa', hash: 'SHA-512', curve: 'P-521' },
};

/** Narrows a token's `algorithm` to a known {@link WebEidAlgorithm}. */
export function isWebEidAlgorithm(name: string): name is WebEidAlgorithm {
  return Object.hasOwn(WEB_EID_ALGORITHMS, name);
}

/**
 * The algorithm the wizard uses for a card's authentication key (pki-and-signing.md §5.4
 * step 2): `RS256` for RSA keys (applet 1.7: MSE algorithm 08 over a SHA-256 digest) and the
 * ES algorithm of the key's curve for EC keys (applet 1.8: `ES384`). Chosen by key type, never
 * by applet version (§3.2). Throws a `RangeError` for other keys.
 */
export function webEidAlgorithmForKey(key: PublicKeyModel): WebEidAlgorithm {
  if (key.kind === 'rsa') return 'RS256';
  if (key.kind === 'ec' && key.curve !== undefined) {
    return key.curve === 'P-256' ? 'ES256' : key.curve === 'P-384' ? 'ES384' : 'ES512';
  }
  throw new RangeError('the authentication key is neither RSA nor EC on a supported curve');
}
