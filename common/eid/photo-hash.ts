import { fieldError, type FieldOrigin } from './field-origin.ts';

/** Digest algorithms of the photo hash, in WebCrypto's spelling. */
export type PhotoHashAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-384';

/** The hash of EF(Photo) `4035` stored in the identity file, and its algorithm. */
export interface PhotoHash {
  readonly algorithm: PhotoHashAlgorithm;
  readonly bytes: Uint8Array;
}

/**
 * Tag `11` length → algorithm, belpic-protocol.md §4.2 / §0: SHA-1 (20 bytes) on 1.1 and older
 * 1.7 cards, SHA-256 (32) on CA4-era 1.7 cards, SHA-384 (48) on 1.8 cards.
 */
export const PHOTO_HASH_ALGORITHM_BY_LENGTH: ReadonlyMap<number, PhotoHashAlgorithm> = new Map([
  [20, 'SHA-1'],
  [32, 'SHA-256'],
  [48, 'SHA-384'],
]);

/** Reads tag `11`; any length other than 20, 32 or 48 throws a {@link ParseError}. */
export function parsePhotoHash(
  bytes: Uint8Array,
  origin: FieldOrigin = { structure: 'photo hash', offset: 0 },
): PhotoHash {
  const algorithm = PHOTO_HASH_ALGORITHM_BY_LENGTH.get(bytes.length);
  if (algorithm === undefined)
    throw fieldError(origin, `photo hash of ${bytes.length} bytes has no known algorithm`);
  return { algorithm, bytes };
}
