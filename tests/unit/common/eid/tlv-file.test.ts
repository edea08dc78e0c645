import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../common/binary/parse-error.ts';
import { parseTlvFile, tagLabel } from '../../../../common/eid/tlv-file.ts';
import {
  CARD_IDS,
  concat,
  encodeTlvFile,
  FID,
  filled,
  hex,
  idFile,
  parseErrorOf,
  rawRecord,
} from './fixtures.ts';

/** Simplified TLV, belpic-protocol.md §4.1. */
describe('parseTlvFile: records', () => {
  it('reads tag, offsets and value of each record in file order', () => {
    const file = hex('01 03 41 42 43  02 00  05 01 FF');

    const { records, end, warnings, structureVersion } = parseTlvFile(file);

    expect(records.map((r) => [r.tag, r.offset, r.valueOffset, [...r.value]])).toEqual([
      [0x01, 0, 2, [0x41, 0x42, 0x43]],
      [0x02, 5, 7, []],
      [0x05, 7, 9, [0xff]],
    ]);
    expect(end).toBe(file.length);
    expect(warnings).toEqual([]);
    expect(structureVersion).toBeUndefined();
  });

  it('returns no records for an empty file and for an all-zero file', () => {
    expect(parseTlvFile(new Uint8Array(0))).toEqual({
      structureVersion: undefined,
      records: [],
      end: 0,
      warnings: [],
    });
    expect(parseTlvFile(filled(117, 0))).toEqual({
      structureVersion: undefined,
      records: [],
      end: 0,
      warnings: [],
    });
  });

  it('returns unknown tags like any other (the file parsers skip them)', () => {
    const { records } = parseTlvFile(hex('01 01 41  7E 02 00 00  F0 00'));

    expect(records.map((r) => r.tag)).toEqual([0x01, 0x7e, 0xf0]);
  });
});

describe('parseTlvFile: lengths by the official rule', () => {
  it.each([
    ['7F', 127],
    ['80', 128],
    ['FE', 254],
  ])('reads the single length byte %s as %i without a warning', (lengthHex, length) => {
    const file = concat(hex(`07 ${lengthHex}`), filled(length, 0x41), hex('08 01 42'));

    const { records, warnings } = parseTlvFile(file);

    expect(records[0]!.value.length).toBe(length);
    expect(records[1]!.tag).toBe(0x08);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['FF 00', 255],
    ['FF 05', 260],
    ['FF FF 00', 510],
    ['FF FF 03', 513],
  ])('reads the FF-extended length %s as %i and warns', (lengthHex, length) => {
    const lengthBytes = hex(lengthHex);
    const file = concat(hex('07'), lengthBytes, filled(length, 0x41), hex('08 01 42'));

    const { records, warnings } = parseTlvFile(file);

    expect(records[0]!.value.length).toBe(length);
    expect(records[0]!.valueOffset).toBe(1 + lengthBytes.length);
    expect(records[1]!.tag).toBe(0x08);
    expect(warnings).toEqual([{ offset: 0, message: `tag 07 has an FF-extended length of ${length} bytes` }]);
  });
});

describe('parseTlvFile: tag 00 and padding', () => {
  it('accepts tag 00 as first record, returns it as the structure version and skips it', () => {
    const { structureVersion, records, warnings } = parseTlvFile(hex('00 02 00 01  01 01 41'));

    expect(structureVersion).toEqual(hex('00 01'));
    expect(records.map((r) => r.tag)).toEqual([0x01]);
    expect(warnings).toEqual([]);
  });

  it('warns when the structure version is not 2 bytes', () => {
    const { structureVersion, warnings } = parseTlvFile(hex('00 01 02  01 01 41'));

    expect(structureVersion).toEqual(hex('02'));
    expect(warnings).toEqual([{ offset: 0, message: 'file structure version is 1 byte(s), not 2' }]);
  });

  it('stops at the zero padding after the records', () => {
    const file = concat(hex('01 01 41  02 02 42 43'), filled(30, 0));

    const { records, end, warnings } = parseTlvFile(file);

    expect(records.map((r) => r.tag)).toEqual([0x01, 0x02]);
    expect(end).toBe(7);
    expect(warnings).toEqual([]);
  });

  it('treats a 00 tag after the version record as padding', () => {
    const { records, end } = parseTlvFile(hex('00 02 00 01  00 00 00'));

    expect(records).toEqual([]);
    expect(end).toBe(4);
  });

  it('warns once, at the first one, about non-zero bytes after the padding started', () => {
    const file = hex('01 01 41  00 00 00 07 01 42 00');

    const { records, end, warnings } = parseTlvFile(file);

    expect(records.map((r) => r.tag)).toEqual([0x01]);
    expect(end).toBe(3);
    expect(warnings).toEqual([{ offset: 6, message: 'non-zero byte after the zero padding' }]);
  });
});

describe('parseTlvFile: non-canonical order', () => {
  it('warns about a tag below its predecessor and keeps the record', () => {
    const { records, warnings } = parseTlvFile(hex('01 01 41  05 01 42  03 01 43'));

    expect(records.map((r) => r.tag)).toEqual([0x01, 0x05, 0x03]);
    expect(warnings).toEqual([{ offset: 6, message: 'tag 03 out of ascending order' }]);
  });

  it('warns about a duplicate tag and keeps both records', () => {
    const { records, warnings } = parseTlvFile(hex('01 01 41  02 01 42  02 01 43'));

    expect(records.map((r) => [...r.value])).toEqual([[0x41], [0x42], [0x43]]);
    expect(warnings).toEqual([{ offset: 6, message: 'duplicate tag 02' }]);
  });

  it('compares with the highest tag so far, so one misplaced record gives one warning', () => {
    const { warnings } = parseTlvFile(hex('01 00  09 00  03 00  0A 00'));

    expect(warnings.map((w) => w.offset)).toEqual([4]);
  });
});

describe('parseTlvFile: malformed input', () => {
  it('throws a ParseError at the record offset when a value runs past the end', () => {
    const file = hex('01 01 41  07 05 53 45 43');

    const error = parseErrorOf(() => parseTlvFile(file, 'identity file'));

    expect(error).toBeInstanceOf(ParseError);
    expect(error.structure).toBe('identity file');
    expect(error.offset).toBe(3);
    expect(error.message).toBe('identity file: tag 07 needs 5 value byte(s), 3 left at offset 3');
  });

  it.each([
    ['a tag without a length', '01 01 41  07', 3],
    ['an FF length without its last byte', '01 01 41  07 FF', 3],
    ['an FF FF length without its last byte', '07 FF FF', 0],
  ])('throws a ParseError for %s', (_, fileHex, offset) => {
    const error = parseErrorOf(() => parseTlvFile(hex(fileHex)));

    expect(error).toBeInstanceOf(ParseError);
    expect(error.offset).toBe(offset);
    expect(error.message).toContain('tag 07 has no complete length');
  });

  it('throws for an FF-extended length longer than the file', () => {
    const file = concat(hex('07 FF 05'), filled(259, 0x41));

    expect(parseErrorOf(() => parseTlvFile(file)).message).toContain('needs 260 value byte(s), 259 left');
  });

  it('puts no value bytes into errors or warnings', () => {
    const secret = 'SECRETNAME';
    const warned = parseTlvFile(concat(rawRecord(0x07, secret), rawRecord(0x07, secret), hex('00 58')));
    const thrown = parseErrorOf(() => parseTlvFile(concat(hex('07 20'), new TextEncoder().encode(secret))));

    expect(warned.warnings).toHaveLength(2);
    for (const message of [...warned.warnings.map((w) => w.message), thrown.message]) {
      expect(message).not.toContain(secret);
    }
  });
});

describe('parseTlvFile on the virtual card files (independent encoder)', () => {
  it.each(CARD_IDS)('%s: identity and address files re-encode byte for byte, padding aside', (id) => {
    for (const fid of [FID.IDENTITY, FID.ADDRESS]) {
      const file = idFile(id, fid);

      const { records, end, warnings } = parseTlvFile(file);

      expect(warnings).toEqual([]);
      expect(records[0]!.tag).toBe(0x01);
      expect(encodeTlvFile(records.map((r) => [r.tag, r.value] as const))).toEqual(file.subarray(0, end));
      expect(file.subarray(end).every((b) => b === 0)).toBe(true);
    }
  });
});

describe('tagLabel', () => {
  it('names a tag by two upper-case hex digits', () => {
    expect([tagLabel(0x0c), tagLabel(0x1f), tagLabel(0)]).toEqual(['tag 0C', 'tag 1F', 'tag 00']);
  });
});
