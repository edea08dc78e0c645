import { ByteReader } from '../binary/byte-reader.ts';
import type { ParseWarning } from '../binary/parse-error.ts';

/** One `tag length value` record of a simplified-TLV file. */
export interface TlvRecord {
  readonly tag: number;
  /** Offset of the tag byte in the file. */
  readonly offset: number;
  /** Offset of the first value byte in the file. */
  readonly valueOffset: number;
  /** The value (a view into the input, not a copy). */
  readonly value: Uint8Array;
}

/** A parsed simplified-TLV file: its records in file order, and what was non-canonical. */
export interface TlvFile {
  /** Value of a leading tag `00` record ("file structure version"), when the file has one. */
  readonly structureVersion: Uint8Array | undefined;
  /** Records after the optional tag `00`, in file order, duplicates and unknown tags included. */
  readonly records: readonly TlvRecord[];
  /** Offset where the records end: the start of the zero padding, or the file length. */
  readonly end: number;
  readonly warnings: readonly ParseWarning[];
}

/** Tag `00`: the file structure version as first record, zero padding anywhere after it (§4.1). */
const TAG_STRUCTURE_VERSION_OR_PADDING = 0x00;
/** A length byte `FF` adds 255 and another length byte follows (§4.1 official rule). */
const LENGTH_CONTINUES = 0xff;

/** `tag 0C`: how messages name a tag (never its value, which can be personal data). */
export function tagLabel(tag: number): string {
  return `tag ${tag.toString(16).padStart(2, '0').toUpperCase()}`;
}

/**
 * Parses the simplified TLV of the identity and address files, belpic-protocol.md §4.1
 * ([CONT54 §6.1]): "Sequence of `tag(1) length value` records in ascending tag order … the
 * file may be followed by `00` padding bytes that must be ignored." Lengths use the official
 * rule: a byte `00`–`FE` is the length; each `FF` adds 255 and the next byte adds the rest
 * (`FF 00` = 255, `FF 05` = 260, `FF FF 00` = 510). A tag `00` first record (file structure
 * version) is accepted and returned apart; a `00` tag after it starts the padding, where
 * parsing stops. Unknown tags are returned like any other; callers skip them.
 *
 * Warnings (accepted, non-canonical): tags out of ascending order, duplicate tags,
 * FF-extended lengths (no field is specified longer than 110 bytes), a version record not
 * 2 bytes long, non-zero bytes after the padding started. A record or length running past
 * the end of the input throws a {@link ParseError} at the record's offset.
 */
export function parseTlvFile(bytes: Uint8Array, structure = 'TLV file'): TlvFile {
  const reader = new ByteReader(bytes, structure);
  const warnings: ParseWarning[] = [];
  const records: TlvRecord[] = [];
  let structureVersion: Uint8Array | undefined;
  const seen = new Set<number>();
  let previousTag = -1;
  while (!reader.atEnd) {
    const offset = reader.offset;
    const tag = reader.peek();
    if (tag === TAG_STRUCTURE_VERSION_OR_PADDING && (offset > 0 || isZeroFrom(bytes, 0))) {
      warnIfNotZero(bytes, offset, warnings);
      return { structureVersion, records, end: offset, warnings };
    }
    reader.skip(1);
    const length = readLength(reader, tag, offset, warnings);
    if (length > reader.remaining) {
      throw reader.error(`${tagLabel(tag)} needs ${length} value byte(s), ${reader.remaining} left`, offset);
    }
    const record = { tag, offset, valueOffset: reader.offset, value: reader.take(length) };
    if (tag === TAG_STRUCTURE_VERSION_OR_PADDING) {
      structureVersion = record.value;
      if (length !== 2)
        warnings.push({ offset, message: `file structure version is ${length} byte(s), not 2` });
    } else {
      if (seen.has(tag)) warnings.push({ offset, message: `duplicate ${tagLabel(tag)}` });
      else if (tag < previousTag)
        warnings.push({ offset, message: `${tagLabel(tag)} out of ascending order` });
      seen.add(tag);
      records.push(record);
    }
    previousTag = Math.max(previousTag, tag);
  }
  return { structureVersion, records, end: bytes.length, warnings };
}

/** The official length rule of §4.1; warns when `FF` continuation bytes were needed. */
function readLength(reader: ByteReader, tag: number, offset: number, warnings: ParseWarning[]): number {
  let length = 0;
  for (;;) {
    if (reader.atEnd) throw reader.error(`${tagLabel(tag)} has no complete length`, offset);
    const byte = reader.u8();
    length += byte;
    if (byte !== LENGTH_CONTINUES) break;
  }
  if (length >= LENGTH_CONTINUES) {
    warnings.push({ offset, message: `${tagLabel(tag)} has an FF-extended length of ${length} bytes` });
  }
  return length;
}

function isZeroFrom(bytes: Uint8Array, start: number): boolean {
  return bytes.subarray(start).every((b) => b === 0);
}

/** Padding is zeros to the end; anything else there is reported once, at its first offset. */
function warnIfNotZero(bytes: Uint8Array, start: number, warnings: ParseWarning[]): void {
  const index = bytes.subarray(start).findIndex((b) => b !== 0);
  if (index >= 0) warnings.push({ offset: start + index, message: 'non-zero byte after the zero padding' });
}
