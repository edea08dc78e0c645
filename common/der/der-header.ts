import { ParseError, type ParseWarning } from '../binary/parse-error.ts';

/** The universal tags these helpers read and write (X.690 §8.3, §8.9). */
export const DER_TAG = {
  /** `02` INTEGER. */
  integer: 0x02,
  /** `30` SEQUENCE (constructed). */
  sequence: 0x30,
} as const;

/** The identifier and length octets of one DER element and where its content lies. */
export interface DerHeader {
  /** The identifier octet, e.g. `30` for SEQUENCE. */
  readonly tag: number;
  /** Offset of the element's first (identifier) octet. */
  readonly offset: number;
  /** Identifier + length octets. */
  readonly headerLength: number;
  /** Number of content octets. */
  readonly contentLength: number;
  /** Offset just after the element: `offset + headerLength + contentLength`. */
  readonly end: number;
  /** Non-minimal (BER but not DER) length encodings that were accepted anyway. */
  readonly warnings: readonly ParseWarning[];
}

/** Longest long-form length accepted: 4 length octets (content up to 4 GiB - 1). */
const MAX_LENGTH_OCTETS = 4;

/**
 * Reads the header of the DER element at `offset` (X.690 §8.1.2–§8.1.3):
 *
 * ```
 * identifier: one octet, tag number < 31 (the high-tag-number form 1F is rejected)
 * length:     short form  0LLLLLLL             length 0..127
 *             long form   1nnnnnnn L1 .. Ln    n = 1..4 length octets, big-endian
 * ```
 *
 * The indefinite form (`80`) and the reserved `FF` are not DER and throw. A long form that
 * DER would have written shorter (`81 05`, `82 00 80`) is accepted with a warning: the length
 * is still unambiguous. The content must lie inside `bytes`.
 */
export function readDerHeader(bytes: Uint8Array, offset: number, structure: string): DerHeader {
  const fail = (problem: string, at = offset): ParseError => new ParseError(structure, at, problem);
  if (offset + 2 > bytes.length) throw fail('DER header needs 2 bytes');
  const tag = bytes[offset] as number;
  if ((tag & 0x1f) === 0x1f) throw fail('multi-byte DER tags are not supported');
  const first = bytes[offset + 1] as number;
  const warnings: ParseWarning[] = [];
  let headerLength = 2;
  let contentLength = first;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0) throw fail('indefinite length is not DER', offset + 1);
    if (count > MAX_LENGTH_OCTETS) throw fail(`${count} length octets`, offset + 1);
    if (offset + 2 + count > bytes.length) throw fail('truncated DER length', offset + 1);
    contentLength = 0;
    for (let i = 0; i < count; i++) contentLength = contentLength * 256 + (bytes[offset + 2 + i] as number);
    headerLength += count;
    if (contentLength < 0x80 || bytes[offset + 2] === 0) {
      warnings.push({ offset: offset + 1, message: 'non-minimal DER length encoding' });
    }
  }
  const end = offset + headerLength + contentLength;
  if (end > bytes.length) {
    throw fail(`element of ${contentLength} content bytes runs past the end (${bytes.length} bytes)`);
  }
  return { tag, offset, headerLength, contentLength, end, warnings };
}

/** The minimal DER length octets for `length` (X.690 §8.1.3, §10.1). */
export function encodeDerLength(length: number): Uint8Array {
  if (!Number.isSafeInteger(length) || length < 0 || length > 0xffffffff) {
    throw new RangeError(`DER length out of range: ${length}`);
  }
  if (length < 0x80) return Uint8Array.of(length);
  const octets: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) octets.unshift(rest % 256);
  return Uint8Array.of(0x80 | octets.length, ...octets);
}
