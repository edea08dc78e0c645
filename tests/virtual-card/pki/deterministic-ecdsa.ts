import { createHash, createHmac, type KeyObject } from 'node:crypto';
import { bigIntToBytes, bytesToBigInt, modInverse } from './bigint-math.ts';
import { P384_BYTES, P384_ORDER, p384MultiplyBase, p384PrivateScalar } from './ec-keygen.ts';

const QLEN_BITS = P384_BYTES * 8;

/** RFC 6979 §2.3.2 bits2int: the leftmost qlen bits of the digest, as an integer. */
function bits2int(bytes: Uint8Array): bigint {
  const value = bytesToBigInt(bytes);
  const excess = bytes.length * 8 - QLEN_BITS;
  return excess > 0 ? value >> BigInt(excess) : value;
}

function hmac(key: Uint8Array, ...parts: Uint8Array[]): Uint8Array {
  const mac = createHmac('sha384', key);
  for (const part of parts) mac.update(part);
  return new Uint8Array(mac.digest());
}

/**
 * RFC 6979 §3.2 nonce generator for P-384 with HMAC-SHA-384: yields k candidates in [1, n − 1],
 * in order; the caller takes the first one that gives r ≠ 0 and s ≠ 0 (step h.3 retry).
 */
export function* rfc6979Nonces(d: bigint, digest: Uint8Array): Generator<bigint> {
  const x = bigIntToBytes(d, P384_BYTES);
  const h1 = bigIntToBytes(bits2int(digest) % P384_ORDER, P384_BYTES); // bits2octets
  let v: Uint8Array = new Uint8Array(48).fill(0x01);
  let k: Uint8Array = new Uint8Array(48);
  k = hmac(k, v, Uint8Array.of(0x00), x, h1);
  v = hmac(k, v);
  k = hmac(k, v, Uint8Array.of(0x01), x, h1);
  v = hmac(k, v);
  for (;;) {
    // hlen = qlen = 384 bits, so one HMAC block is exactly T.
    v = hmac(k, v);
    const candidate = bits2int(v);
    if (candidate >= 1n && candidate < P384_ORDER) yield candidate;
    k = hmac(k, v, Uint8Array.of(0x00));
    v = hmac(k, v);
  }
}

function derInteger(value: bigint): Uint8Array {
  const bytes = bigIntToBytes(value);
  const body = (bytes[0] ?? 0) & 0x80 ? Uint8Array.of(0, ...bytes) : bytes;
  return Uint8Array.of(0x02, body.length, ...body);
}

/**
 * DER `Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }` (RFC 3279 §2.2.3). For P-384
 * the content is at most 102 bytes, so every length fits the short form.
 */
export function encodeEcdsaSignature(r: bigint, s: bigint): Uint8Array {
  const body = Uint8Array.of(...derInteger(r), ...derInteger(s));
  return Uint8Array.of(0x30, body.length, ...body);
}

/**
 * ECDSA P-384 over a precomputed digest (FIPS 186-5 §6.4.1), with the RFC 6979 deterministic
 * nonce (HMAC-SHA-384). Digests longer than 48 bytes are truncated to their leftmost 384 bits.
 * Returns the signature as DER, which node:crypto.verify accepts by default.
 */
export function signP384Digest(privateKey: KeyObject, digest: Uint8Array): Uint8Array {
  const d = p384PrivateScalar(privateKey);
  const z = bits2int(digest);
  for (const k of rfc6979Nonces(d, digest)) {
    const r = bytesToBigInt(p384MultiplyBase(k).x) % P384_ORDER;
    if (r === 0n) continue;
    const s = (modInverse(k, P384_ORDER) * (z + r * d)) % P384_ORDER;
    if (s === 0n) continue;
    return encodeEcdsaSignature(r, s);
  }
  throw new Error('unreachable: the RFC 6979 nonce generator is infinite');
}

/** ecdsa-with-SHA384 over `data`, deterministic (RFC 6979); DER `Ecdsa-Sig-Value`. */
export function signP384Sha384(privateKey: KeyObject, data: Uint8Array): Uint8Array {
  return signP384Digest(privateKey, new Uint8Array(createHash('sha384').update(data).digest()));
}
