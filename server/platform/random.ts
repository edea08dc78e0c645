import { randomBytes, randomInt } from 'node:crypto';

/**
 * The service's randomness (codes, nonces, tokens, ids), injected so tests are deterministic.
 * The real one is Node's CSPRNG (pki-and-signing.md §6.1: "generate with crypto.randomInt").
 */
export interface RandomSource {
  /** `length` uniformly random bytes. */
  bytes(length: number): Uint8Array;
  /** A uniformly random integer in [0, `max`). */
  int(max: number): number;
}

/** Node's CSPRNG. */
export const cryptoRandom: RandomSource = {
  bytes: (length) => new Uint8Array(randomBytes(length)),
  int: (max) => randomInt(max),
};

/** Formats 16 bytes in the 8-4-4-4-12 layout, lower-case. */
function uuidLayout(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A UUID version 4 (RFC 9562 §5.4): 122 random bits. For enrolment and application ids. */
export function randomUuid(random: RandomSource): string {
  const bytes = random.bytes(16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  return uuidLayout(bytes);
}

/**
 * A session reference: 128 random bits in the UUID layout, without version bits, so the
 * session id reaches ASVS 5.0 7.2.3's "at least 128 bits" and still fits a UUID column.
 */
export function randomReference(random: RandomSource): string {
  return uuidLayout(random.bytes(16));
}
