import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { bigIntToBase64Url, bitLength, bytesToBigInt, gcd, modInverse } from './bigint-math.ts';
import { isProbablePrime, sieveWindow } from './probable-prime.ts';
import type { SeededRandom } from './seeded-random.ts';

/** RSA public exponent F4. */
export const RSA_PUBLIC_EXPONENT = 65537n;

/** Modulus size of the generated keys (Belgian eID RSA cards use RSA-2048). */
export const RSA_MODULUS_BITS = 2048;

/** Odd candidates examined per random start (`start + 2·i`); the window holds a prime ~99.7% of the time. */
const SEARCH_WINDOW = 2048;

/** The private key and the five CRT components, as BigInts. */
export interface RsaPrivateComponents {
  n: bigint;
  e: bigint;
  d: bigint;
  p: bigint;
  q: bigint;
}

/** An RSA key pair as node:crypto key objects. */
export interface RsaKeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/**
 * Draws a `bits`-bit prime from the stream: a random odd start with its top two bits set (so
 * that p·q has exactly 2·bits bits), then the first candidate above it that survives trial
 * division by the small primes, has `p mod e ≠ 1` (so gcd(e, p − 1) = 1) and passes Miller–Rabin.
 */
export function generatePrime(random: SeededRandom, bits: number): bigint {
  for (;;) {
    const bytes = random.nextBytes(bits / 8);
    bytes[0] = (bytes[0] ?? 0) | 0xc0;
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) | 0x01;
    const start = bytesToBigInt(bytes);
    const composite = sieveWindow(start, SEARCH_WINDOW);
    for (let i = 0; i < SEARCH_WINDOW; i++) {
      if (composite[i] === 1) continue;
      const candidate = start + BigInt(2 * i);
      if (bitLength(candidate) !== bits) break;
      if (candidate % RSA_PUBLIC_EXPONENT === 1n) continue;
      if (isProbablePrime(candidate, true)) return candidate;
    }
  }
}

/**
 * Deterministic RSA-2048 components from the stream: p then q (distinct, |p − q| > 2^(1024−100)
 * as FIPS 186-5 A.1.3 asks), p > q, d = e⁻¹ mod lcm(p − 1, q − 1).
 */
export function generateRsaComponents(random: SeededRandom): RsaPrivateComponents {
  const half = RSA_MODULUS_BITS / 2;
  const p0 = generatePrime(random, half);
  let q0 = generatePrime(random, half);
  const minDistance = 1n << BigInt(half - 100);
  while ((p0 > q0 ? p0 - q0 : q0 - p0) <= minDistance) q0 = generatePrime(random, half);
  const [p, q] = p0 > q0 ? [p0, q0] : [q0, p0];
  const n = p * q;
  const pm1 = p - 1n;
  const qm1 = q - 1n;
  const lambda = (pm1 * qm1) / gcd(pm1, qm1);
  const d = modInverse(RSA_PUBLIC_EXPONENT, lambda);
  return { n, e: RSA_PUBLIC_EXPONENT, d, p, q };
}

/** Turns RSA components into node:crypto key objects through a private JWK (RFC 7518 §6.3.2). */
export function rsaKeyPairFromComponents(c: RsaPrivateComponents): RsaKeyPair {
  const jwk = {
    kty: 'RSA',
    n: bigIntToBase64Url(c.n),
    e: bigIntToBase64Url(c.e),
    d: bigIntToBase64Url(c.d),
    p: bigIntToBase64Url(c.p),
    q: bigIntToBase64Url(c.q),
    dp: bigIntToBase64Url(c.d % (c.p - 1n)),
    dq: bigIntToBase64Url(c.d % (c.q - 1n)),
    qi: bigIntToBase64Url(modInverse(c.q, c.p)),
  };
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** Deterministic RSA-2048 key pair (e = 65537) from a seeded stream. */
export function generateRsaKeyPair(random: SeededRandom): RsaKeyPair {
  return rsaKeyPairFromComponents(generateRsaComponents(random));
}
