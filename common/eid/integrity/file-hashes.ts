import { ParseError } from '../../binary/parse-error.ts';
import { digest, type HashName } from '../../platform/web-crypto.ts';
import { hashForDigestLength } from './hash-for-length.ts';

/** Outcome of a hash comparison. */
export interface HashCheckResult {
  readonly matches: boolean;
  readonly algorithm: HashName;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * `hash(4035) == identity tag 11` (belpic-protocol.md §4.6, §5.2 step 4), with the hash implied
 * by the expected value's length: 20 SHA-1, 32 SHA-256, 48 SHA-384. The photo is hashed exactly
 * as read. Another length throws a {@link ParseError}.
 */
export async function verifyPhotoHash(photo: Uint8Array, expectedHash: Uint8Array): Promise<HashCheckResult> {
  const algorithm = hashForDigestLength(expectedHash.length, 'photo hash (identity tag 11)');
  return { matches: equalBytes(await digest(algorithm, photo), expectedHash), algorithm };
}

/**
 * `SHA-384(4040) == identity tag 1A` (belpic-protocol.md §4.6, §5.2 step 6; applet 1.8): binds
 * the basic public key to the RRN-signed identity file. The file is hashed exactly as read. An
 * expected hash that is not 48 bytes throws a {@link ParseError}.
 */
export async function verifyBasicKeyHash(
  basicKeyFile: Uint8Array,
  expectedHash: Uint8Array,
): Promise<HashCheckResult> {
  if (expectedHash.length !== 48) {
    throw new ParseError('basic key hash (identity tag 1A)', 0, `length ${expectedHash.length}, not 48`);
  }
  return { matches: equalBytes(await digest('SHA-384', basicKeyFile), expectedHash), algorithm: 'SHA-384' };
}
