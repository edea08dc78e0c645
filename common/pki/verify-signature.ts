import { ParseError } from '../binary/parse-error.ts';
import { subtle, type AlgorithmParameters, type WebCryptoKey } from '../platform/web-crypto.ts';
import type { PublicKeyModel } from './public-key.ts';
import type { SignatureScheme } from './signature-scheme.ts';

/** The outcome of one signature check; `unsupported` when the key cannot run the scheme. */
export type SignatureVerdict = 'valid' | 'invalid' | 'unsupported';

/** A public key as found in a certificate: its DER `SubjectPublicKeyInfo` and its type. */
export interface VerificationKey {
  readonly spki: Uint8Array;
  readonly publicKey: PublicKeyModel;
}

/**
 * Verifies `signature` over `data` with WebCrypto (through `common/platform/web-crypto.ts`).
 *
 * - `rsa-pkcs1-v1_5`: RSASSA-PKCS1-v1_5 (RFC 8017 §8.2.2), the signature as-is (modulus length).
 * - `ecdsa`: the signature in raw `r ‖ s` form (IEEE P1363, what WebCrypto takes); convert DER
 *   with `ecdsaDerToRaw` first (belpic-protocol.md §5.3).
 *
 * Returns `unsupported` when the key type does not match the scheme or its curve is unknown. A
 * key that WebCrypto refuses to import (e.g. an EC point off the curve) throws a
 * {@link ParseError}.
 */
export async function verifySignature(
  key: VerificationKey,
  scheme: SignatureScheme,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<SignatureVerdict> {
  const { publicKey } = key;
  let importParameters: AlgorithmParameters;
  let verifyParameters: AlgorithmParameters;
  if (scheme.kind === 'rsa-pkcs1-v1_5' && publicKey.kind === 'rsa') {
    importParameters = { name: 'RSASSA-PKCS1-v1_5', hash: { name: scheme.hash } };
    verifyParameters = { name: 'RSASSA-PKCS1-v1_5' };
  } else if (scheme.kind === 'ecdsa' && publicKey.kind === 'ec' && publicKey.curve !== undefined) {
    importParameters = { name: 'ECDSA', namedCurve: publicKey.curve };
    verifyParameters = { name: 'ECDSA', hash: { name: scheme.hash } };
  } else {
    return 'unsupported';
  }
  let cryptoKey: WebCryptoKey;
  try {
    cryptoKey = await subtle().importKey('spki', key.spki, importParameters, false, ['verify']);
  } catch {
    throw new ParseError('public key', 0, `WebCrypto refused the ${importParameters.name} key`);
  }
  return (await subtle().verify(verifyParameters, cryptoKey, signature, data)) ? 'valid' : 'invalid';
}
