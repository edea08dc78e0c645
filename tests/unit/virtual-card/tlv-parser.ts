/**
 * The simplified TLV of the identity and address files, parsed with the official length rule of
 * belpic-protocol.md §4.1: a length byte 00–FE is the length; each FF adds 255 and the first
 * non-FF byte adds the rest. Parsing stops at the zero padding (a 00 tag after the first record).
 */
export interface TlvRecord {
  readonly tag: number;
  /** The encoded length bytes as found in the file. */
  readonly lengthBytes: Uint8Array;
  readonly value: Uint8Array;
}

export function parseTlvFile(file: Uint8Array): TlvRecord[] {
  const records: TlvRecord[] = [];
  let offset = 0;
  while (offset < file.length) {
    const tag = file[offset]!;
    if (tag === 0x00 && records.length > 0) break;
    let cursor = offset + 1;
    let length = 0;
    while (file[cursor] === 0xff) {
      length += 255;
      cursor++;
    }
    if (cursor >= file.length) throw new Error(`truncated length at offset ${offset}`);
    length += file[cursor]!;
    cursor++;
    if (cursor + length > file.length) throw new Error(`record ${tag} runs past the end of the file`);
    records.push({
      tag,
      lengthBytes: file.subarray(offset + 1, cursor),
      value: file.subarray(cursor, cursor + length),
    });
    offset = cursor + length;
  }
  return records;
}

/** The records by tag (tags are unique in these files). */
export function tlvMap(file: Uint8Array): Map<number, Uint8Array> {
  return new Map(parseTlvFile(file).map((r) => [r.tag, r.value]));
}

/** A record value as UTF-8 text. */
export function text(value: Uint8Array | undefined): string {
  if (value === undefined) throw new Error('missing record');
  return new TextDecoder('utf-8', { fatal: true }).decode(value);
}

/** Offset of the end of the last record: everything after it is padding. */
export function tlvEnd(file: Uint8Array): number {
  return parseTlvFile(file).reduce((end, r) => r.value.byteOffset - file.byteOffset + r.value.length, 0);
}
