import { concat } from './der.ts';

/** One record of a BELPIC TLV file: tag and value (UTF-8 text or raw bytes). */
export type TlvRecord = readonly [tag: number, value: string | Uint8Array];

/**
 * Encodes the simplified TLV of the identity and address files (belpic-protocol.md §4.1):
 * `tag(1) length value` in ascending tag order. The emulator never writes a length ≥ 0x80,
 * which keeps every host's parser (official FF-rule, base-128 and BER readings) correct.
 */
export function encodeTlvFile(records: readonly TlvRecord[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let previous = -1;
  for (const [tag, value] of records) {
    if (tag <= previous) throw new Error(`TLV tags must ascend: ${tag} after ${previous}`);
    previous = tag;
    const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
    if (bytes.length >= 0x80)
      throw new Error(`tag ${tag}: ${bytes.length} bytes is longer than the emulator writes`);
    parts.push(Uint8Array.of(tag, bytes.length), bytes);
  }
  return concat(...parts);
}
