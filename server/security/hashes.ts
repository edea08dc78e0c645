import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The hashes the service stores instead of secrets (server/storage/repository.ts): keyed
 * HMAC-SHA-256 with the pepper for registration codes and poll tokens (a 25-bit code cannot be
 * protected by a salted hash against offline guessing, but a keyed hash can: pki-and-signing.md
 * §6.1), and plain SHA-256 for nonces, which carry 256 bits themselves. All lower-case hex.
 */

/** HMAC-SHA-256(`pepper`, UTF-8 `value`), hex. */
export function keyedHash(pepper: Uint8Array, value: string): string {
  return createHmac('sha256', pepper).update(value, 'utf8').digest('hex');
}

/** SHA-256 of UTF-8 `value` or of bytes, hex. */
export function sha256Hex(value: string | Uint8Array): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * Compares two hex digests in constant time (for equal lengths); different lengths, which
 * reveal nothing secret, are simply unequal.
 */
export function digestsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
