import { modPow } from './bigint-math.ts';

/** Upper bound (exclusive) of the trial-division primes. */
const SMALL_PRIME_LIMIT = 1 << 15;

/** Odd primes below {@link SMALL_PRIME_LIMIT} (sieve of Eratosthenes), used for trial division. */
export const SMALL_ODD_PRIMES: readonly number[] = sieveOddPrimes(SMALL_PRIME_LIMIT);

/** The same primes as BigInts, to avoid converting in hot loops. */
const SMALL_ODD_PRIMES_BIG: readonly bigint[] = SMALL_ODD_PRIMES.map((p) => BigInt(p));

/**
 * Fixed Miller–Rabin bases. Eight rounds bound the error for a random 1024-bit candidate far
 * below 2^-100 (FIPS 186-5 / SP 800-89 tables need fewer); fixed bases keep generation
 * deterministic without drawing from the caller's stream.
 */
const MILLER_RABIN_BASES: readonly bigint[] = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n];

function sieveOddPrimes(limit: number): number[] {
  const composite = new Uint8Array(limit);
  const primes: number[] = [];
  for (let i = 3; i < limit; i += 2) {
    if (composite[i] === 1) continue;
    primes.push(i);
    for (let j = i * i; j < limit; j += 2 * i) composite[j] = 1;
  }
  return primes;
}

/**
 * Miller–Rabin probable-prime test with trial division by the small primes first.
 * `skipTrialDivision` is for callers that already sieved the candidate.
 */
export function isProbablePrime(n: bigint, skipTrialDivision = false): boolean {
  if (n < 2n) return false;
  if (n % 2n === 0n) return n === 2n;
  if (n < BigInt(SMALL_PRIME_LIMIT)) return SMALL_ODD_PRIMES.includes(Number(n));
  if (!skipTrialDivision) {
    for (const p of SMALL_ODD_PRIMES_BIG) if (n % p === 0n) return false;
  }
  return passesMillerRabin(n);
}

function passesMillerRabin(n: bigint): boolean {
  const nMinusOne = n - 1n;
  let d = nMinusOne;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s += 1;
  }
  for (const base of MILLER_RABIN_BASES) {
    let x = modPow(base, d, n);
    if (x === 1n || x === nMinusOne) continue;
    let witness = true;
    for (let r = 1; r < s && witness; r++) {
      x = (x * x) % n;
      if (x === nMinusOne) witness = false;
    }
    if (witness) return false;
  }
  return true;
}

/**
 * Marks, in a window of candidates `start + 2·i` (i < length), those divisible by a small odd
 * prime. `start` must be odd and larger than every small prime. Returns 1 = composite.
 */
export function sieveWindow(start: bigint, length: number): Uint8Array {
  const marks = new Uint8Array(length);
  for (let k = 0; k < SMALL_ODD_PRIMES.length; k++) {
    const p = SMALL_ODD_PRIMES[k] ?? 3;
    const r = Number(start % (SMALL_ODD_PRIMES_BIG[k] ?? 3n));
    // start + 2i ≡ 0 (mod p)  ⇔  i ≡ (p − r) · 2⁻¹ (mod p), and 2⁻¹ ≡ (p + 1) / 2.
    let i = (((p - r) % p) * ((p + 1) / 2)) % p;
    for (; i < length; i += p) marks[i] = 1;
  }
  return marks;
}
