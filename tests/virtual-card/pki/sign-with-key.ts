import { sign } from 'node:crypto';
import { signP384Sha384 } from './deterministic-ecdsa.ts';
import type { KeyAlgorithm, TestKeyPair } from './pki-types.ts';

/** Signature algorithm OID per key algorithm: sha256WithRSAEncryption (RFC 4055) / ecdsa-with-SHA384 (RFC 5758). */
export const SIGNATURE_ALGORITHM_OID: Readonly<Record<KeyAlgorithm, string>> = {
  rsa2048: '1.2.840.113549.1.1.11',
  p384: '1.2.840.10045.4.3.3',
};

/**
 * Signs `data` deterministically with the pair's private key: RSA PKCS#1 v1.5 with SHA-256
 * (deterministic by construction) or ECDSA P-384 with SHA-384 and an RFC 6979 nonce (DER).
 */
export function signWithKey(keyPair: TestKeyPair, data: Uint8Array): Uint8Array {
  if (keyPair.algorithm === 'p384') return signP384Sha384(keyPair.privateKey, data);
  return new Uint8Array(sign('sha256', data, keyPair.privateKey));
}
