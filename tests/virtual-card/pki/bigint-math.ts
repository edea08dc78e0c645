/** Big-endian unsigned bytes → BigInt (empty input is 0). */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  if (bytes.length === 0) return 0n;
  return BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}

/**
 * BigInt → big-endian unsigned bytes. With `length`, left-pads with zeros to exactly that many
 * bytes (throws if the value does not fit); without it, returns the minimal encoding (at least one byte).
 */
export function bigIntToBytes(value: bigint, length?: number): Uint8Array {
  if (value < 0n) throw new RangeError('negative values are not supported');
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  const minimal = Buffer.from(hex, 'hex');
  if (length === undefined) return new Uint8Array(minimal);
  if (minimal.length > length) throw new RangeError(`value does not fit in ${length} bytes`);
  const out = new Uint8Array(length);
  out.set(minimal, length - minimal.length);
  return out;
}

/** Number of significant bits of a non-negative BigInt (0 for 0). */
export function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

/**
 * `base ^ exponent mod modulus` for non-negative exponents, with a fixed 4-bit window
 * (one table of 16 powers, then four squarings and at most one multiplication per hex digit).
 */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus === 1n) return 0n;
  if (exponent < 0n) throw new RangeError('negative exponent');
  const b = ((base % modulus) + modulus) % modulus;
  const table: bigint[] = [1n, b];
  for (let i = 2; i < 16; i++) table.push(((table[i - 1] ?? 1n) * b) % modulus);
  let result = 1n;
  for (const digit of exponent.toString(16)) {
    result = (result * result) % modulus;
    result = (result * result) % modulus;
    result = (result * result) % modulus;
    result = (result * result) % modulus;
    const power = table[Number.parseInt(digit, 16)] ?? 1n;
    if (power !== 1n) result = (result * power) % modulus;
  }
  return result;
}

/** Multiplicative inverse of `value` modulo `modulus` (extended Euclid); throws if none exists. */
export function modInverse(value: bigint, modulus: bigint): bigint {
  let [oldR, r] = [((value % modulus) + modulus) % modulus, modulus];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new RangeError('value is not invertible');
  return ((oldS % modulus) + modulus) % modulus;
}

/** Greatest common divisor of two non-negative BigInts. */
export function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Unsigned big-endian base64url (no padding), as JWK members need (RFC 7518 §6.3). */
export function bigIntToBase64Url(value: bigint, length?: number): string {
  return Buffer.from(bigIntToBytes(value, length)).toString('base64url');
}
