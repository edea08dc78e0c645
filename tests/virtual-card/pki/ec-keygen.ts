import { createECDH, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { bigIntToBase64Url, bigIntToBytes, bytesToBigInt } from './bigint-math.ts';
import type { SeededRandom } from './seeded-random.ts';

/** Order n of the P-384 base point (FIPS 186-5 / SP 800-186 §3.2.1.4). */
export const P384_ORDER =
  0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n;

/** Byte length of a P-384 scalar or field element. */
export const P384_BYTES = 48;

/** A P-384 key pair as node:crypto key objects. */
export interface P384KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/**
 * Draws a private scalar in [1, n − 1] from the stream with the "extra random bits" method of
 * FIPS 186-5 A.2.1: take 64 bits more than needed, reduce modulo n − 1, add 1 (bias < 2^-64).
 */
export function drawP384Scalar(random: SeededRandom): bigint {
  const c = bytesToBigInt(random.nextBytes(P384_BYTES + 8));
  return (c % (P384_ORDER - 1n)) + 1n;
}

/**
 * The affine point d·G, as 48-byte big-endian x and y. OpenSSL does the scalar multiplication:
 * `ECDH.setPrivateKey` derives the public point from the scalar.
 */
export function p384MultiplyBase(scalar: bigint): { x: Uint8Array; y: Uint8Array } {
  if (scalar <= 0n || scalar >= P384_ORDER) throw new RangeError('scalar outside [1, n-1]');
  const ecdh = createECDH('secp384r1');
  ecdh.setPrivateKey(Buffer.from(bigIntToBytes(scalar, P384_BYTES)));
  const point = ecdh.getPublicKey(); // 04 ‖ x ‖ y
  return {
    x: new Uint8Array(point.subarray(1, 1 + P384_BYTES)),
    y: new Uint8Array(point.subarray(1 + P384_BYTES)),
  };
}

/** The P-384 key pair whose private scalar is `d` (via a private JWK, RFC 7518 §6.2.2). */
export function p384KeyPairFromScalar(d: bigint): P384KeyPair {
  const { x, y } = p384MultiplyBase(d);
  const jwk = {
    kty: 'EC',
    crv: 'P-384',
    x: Buffer.from(x).toString('base64url'),
    y: Buffer.from(y).toString('base64url'),
    d: bigIntToBase64Url(d, P384_BYTES),
  };
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** The private scalar of a P-384 private key object. */
export function p384PrivateScalar(privateKey: KeyObject): bigint {
  const jwk = privateKey.export({ format: 'jwk' });
  if (jwk.crv !== 'P-384' || jwk.d === undefined) throw new TypeError('not a P-384 private key');
  return bytesToBigInt(Buffer.from(jwk.d, 'base64url'));
}

/** Deterministic P-384 key pair from a seeded stream. */
export function generateP384KeyPair(random: SeededRandom): P384KeyPair {
  return p384KeyPairFromScalar(drawP384Scalar(random));
}
