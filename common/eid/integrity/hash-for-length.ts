import { ParseError } from '../../binary/parse-error.ts';
import type { HashName } from '../../platform/web-crypto.ts';

/** The hashes a digest length can imply. */
export type LengthImpliedHash = Exclude<HashName, 'SHA-512'>;

/**
 * The hash implied by a digest's length, as the identity file's photo hash (tag `11`) encodes
 * it (belpic-protocol.md §4.2, §5.2 step 3–4): 20 → SHA-1 (1.1, older 1.7), 32 → SHA-256
 * (CA4-era 1.7), 48 → SHA-384 (1.8). Any other length throws a {@link ParseError}.
 */
export function hashForDigestLength(length: number, structure: string): LengthImpliedHash {
  switch (length) {
    case 20:
      return 'SHA-1';
    case 32:
      return 'SHA-256';
    case 48:
      return 'SHA-384';
    default:
      throw new ParseError(structure, 0, `digest length ${length} is not 20, 32 or 48`);
  }
}
