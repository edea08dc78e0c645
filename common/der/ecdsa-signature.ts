import { ParseError } from '../binary/parse-error.ts';
import { DER_TAG, encodeDerLength, readDerHeader } from './der-header.ts';

/**
 * Raw `r ‖ s` (P1363, what the card's PSO / INTERNAL AUTHENTICATE return and what WebCrypto's
 * ECDSA takes) to DER `ECDSA-Sig-Value` (RFC 3279 §2.2.3, what X.509, CMS and the RRN files use),
 * as belpic-protocol.md §7.4 describes it:
 *
 * ```
 * raw: r (n bytes, big-endian, leading zeros kept) ‖ s (n bytes)
 * DER: 30 len  02 lr r'  02 ls s'
 *      r', s' = the halves with leading zero bytes stripped, then 00 prepended when the high
 *               bit is set (INTEGERs are signed); a zero half becomes 02 01 00
 * ```
 */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  if (raw.length === 0 || raw.length % 2 !== 0) {
    throw new ParseError('raw ECDSA signature', 0, `length ${raw.length} is not two equal halves`);
  }
  const half = raw.length / 2;
  const r = derInteger(raw.subarray(0, half));
  const s = derInteger(raw.subarray(half));
  return tlv(DER_TAG.sequence, [r, s]);
}

function derInteger(unsigned: Uint8Array): Uint8Array {
  let start = 0;
  while (start < unsigned.length - 1 && unsigned[start] === 0) start++;
  const magnitude = unsigned.subarray(start);
  const content = (magnitude[0] as number) & 0x80 ? [Uint8Array.of(0), magnitude] : [magnitude];
  return tlv(DER_TAG.integer, content);
}

function tlv(tag: number, parts: readonly Uint8Array[]): Uint8Array {
  const length = parts.reduce((sum, p) => sum + p.length, 0);
  const lengthOctets = encodeDerLength(length);
  const out = new Uint8Array(1 + lengthOctets.length + length);
  out[0] = tag;
  out.set(lengthOctets, 1);
  let offset = 1 + lengthOctets.length;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * DER `ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }` (RFC 3279 §2.2.3) to raw
 * `r ‖ s`, each left-padded with zeros to `fieldLength` bytes (48 for P-384,
 * belpic-protocol.md §5.3). The input must be exactly one SEQUENCE (trim file padding first with
 * {@link trimDerSignatureFile}); r and s must be non-negative and fit in `fieldLength` bytes.
 * Redundant leading zero bytes in the INTEGERs are tolerated: they do not change the value.
 */
export function ecdsaDerToRaw(der: Uint8Array, fieldLength: number): Uint8Array {
  if (!Number.isInteger(fieldLength) || fieldLength <= 0) throw new RangeError(`field length ${fieldLength}`);
  const structure = 'DER ECDSA signature';
  const sequence = readDerHeader(der, 0, structure);
  if (sequence.tag !== DER_TAG.sequence) throw new ParseError(structure, 0, 'expected a SEQUENCE (30)');
  if (sequence.end !== der.length) {
    throw new ParseError(structure, sequence.end, `${der.length - sequence.end} byte(s) after the SEQUENCE`);
  }
  const raw = new Uint8Array(2 * fieldLength);
  let offset = sequence.headerLength;
  for (const [index, name] of ['r', 's'].entries()) {
    const integer = readDerHeader(der.subarray(0, sequence.end), offset, structure);
    if (integer.tag !== DER_TAG.integer)
      throw new ParseError(structure, offset, `${name}: expected INTEGER (02)`);
    if (integer.contentLength === 0) throw new ParseError(structure, offset, `${name}: empty INTEGER`);
    let value = der.subarray(offset + integer.headerLength, integer.end);
    if ((value[0] as number) & 0x80) throw new ParseError(structure, offset, `${name} is negative`);
    while (value.length > 1 && value[0] === 0) value = value.subarray(1);
    if (value.length > fieldLength) {
      throw new ParseError(structure, offset, `${name} is longer than ${fieldLength} bytes`);
    }
    raw.set(value, (index + 1) * fieldLength - value.length);
    offset = integer.end;
  }
  if (offset !== sequence.end) throw new ParseError(structure, offset, 'extra data after s');
  return raw;
}
