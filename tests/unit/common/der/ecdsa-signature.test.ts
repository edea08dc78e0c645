import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../common/binary/parse-error.ts';
import { ecdsaDerToRaw, ecdsaRawToDer } from '../../../../common/der/ecdsa-signature.ts';
import { hex } from '../../../support/hex.ts';

/** A `length`-byte big-endian value: `first`, then bytes counting up from 1. */
function half(length: number, first: number): Uint8Array {
  const bytes = Uint8Array.from({ length }, (_, i) => (i + 1) & 0xff);
  bytes[0] = first;
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

describe('ecdsaRawToDer (belpic-protocol.md §7.4), golden bytes', () => {
  it.each([
    ['small positive halves', '01 02 03 04', '30 08 02 02 01 02 02 02 03 04'],
    ['leading zeros stripped', '00 05 00 00', '30 06 02 01 05 02 01 00'],
    ['a zero half becomes 02 01 00', '00 00 7F FF', '30 07 02 01 00 02 02 7F FF'],
    ['00 prepended when the high bit is set', '80 01 FF FF', '30 0A 02 03 00 80 01 02 03 00 FF FF'],
    ['leading zero stripped, then 00 prepended', '00 80 00 81', '30 08 02 02 00 80 02 02 00 81'],
  ])('%s', (_name, raw, der) => {
    expect(ecdsaRawToDer(hex(raw))).toEqual(hex(der));
  });

  it('encodes a P-384 signature with both halves needing 00', () => {
    const r = half(48, 0xc1);
    const s = half(48, 0x80);

    const der = ecdsaRawToDer(concat(r, s));

    expect(der).toEqual(concat(hex('30 66 02 31 00'), r, hex('02 31 00'), s));
  });

  it('uses the 81 long form when the content exceeds 127 bytes (P-521)', () => {
    const r = half(66, 0x01);
    const s = half(66, 0x01);

    const der = ecdsaRawToDer(concat(r, s));

    expect(der).toEqual(concat(hex('30 81 88 02 42'), r, hex('02 42'), s));
  });

  it.each([
    ['empty', ''],
    ['odd length', '01 02 03'],
  ])('rejects %s raw input', (_name, raw) => {
    expect(() => ecdsaRawToDer(hex(raw))).toThrow(ParseError);
  });
});

describe('ecdsaDerToRaw (belpic-protocol.md §5.3)', () => {
  it('left-pads r and s to the field length', () => {
    expect(ecdsaDerToRaw(hex('30 07 02 01 05 02 02 00 80'), 4)).toEqual(hex('00 00 00 05 00 00 00 80'));
  });

  it('tolerates redundant leading zeros', () => {
    expect(ecdsaDerToRaw(hex('30 08 02 02 00 05 02 02 00 06'), 2)).toEqual(hex('00 05 00 06'));
  });

  it.each([
    ['P-256, r with two leading zero bytes', 32, [0x00, 0x00]],
    ['P-384, r with the high bit set', 48, [0xff]],
    ['P-384, r with one leading zero byte then the high bit', 48, [0x00, 0x80]],
    ['P-521, r starting 01', 66, [0x01]],
  ])('round-trips raw → DER → raw: %s', (_name, fieldLength, leading) => {
    const r = half(fieldLength, 0x11);
    r.set(leading);
    const raw = concat(r, half(fieldLength, 0x9a));

    expect(ecdsaDerToRaw(ecdsaRawToDer(raw), fieldLength)).toEqual(raw);
  });

  it('round-trips DER → raw → DER', () => {
    const der = hex('30 0A 02 03 00 80 01 02 03 00 FF FF');

    expect(ecdsaRawToDer(ecdsaDerToRaw(der, 3))).toEqual(der);
  });

  it.each([
    ['not a SEQUENCE', '31 06 02 01 01 02 01 01'],
    ['truncated at the start', '30 06 02 01'],
    ['truncated in the middle', '30 06 02 01 01 02'],
    ['truncated at the end', '30 06 02 01 01 02 01'],
    ['bytes after the SEQUENCE', '30 06 02 01 01 02 01 01 00'],
    ['a missing s', '30 03 02 01 01'],
    ['a third INTEGER', '30 09 02 01 01 02 01 01 02 01 01'],
    ['r not an INTEGER', '30 06 04 01 01 02 01 01'],
    ['an empty INTEGER', '30 05 02 00 02 01 01'],
    ['a negative r', '30 06 02 01 81 02 01 01'],
    ['r longer than the field', '30 08 02 03 01 02 03 02 01 01'],
  ])('rejects %s', (_name, der) => {
    expect(() => ecdsaDerToRaw(hex(der), 2)).toThrow(ParseError);
  });
});
