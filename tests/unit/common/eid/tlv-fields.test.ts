import { describe, expect, it } from 'vitest';
import { TlvFields } from '../../../../common/eid/tlv-fields.ts';
import { concat, filled, hex, parseErrorOf, rawRecord } from './fixtures.ts';

const KNOWN = new Set([0x01, 0x02, 0x03]);

describe('TlvFields', () => {
  it('gives text, bytes and value offsets by tag, and undefined for absent tags', () => {
    const fields = new TlvFields(
      concat(rawRecord(0x01, 'Aé'), rawRecord(0x02, hex('00 FF'))),
      'test file',
      KNOWN,
    );

    expect(fields.text(0x01)).toBe('Aé');
    expect(fields.bytes(0x02)).toEqual(hex('00 FF'));
    expect(fields.origin(0x02)).toEqual({ structure: 'test file tag 02', offset: 7 });
    expect([fields.has(0x03), fields.text(0x03), fields.bytes(0x03)]).toEqual([false, undefined, undefined]);
    expect(fields.warnings).toEqual([]);
  });

  it('places a missing record at the end of the records, before the padding', () => {
    const fields = new TlvFields(concat(rawRecord(0x01, 'A'), filled(9, 0)), 'test file', KNOWN);

    const error = parseErrorOf(() => fields.requiredText(0x03));

    expect([error.structure, error.offset]).toEqual(['test file tag 03', 3]);
    expect(error.message).toBe('test file tag 03: mandatory record missing at offset 3');
  });

  it('reports the lowest missing tag from requireAll, whatever the order asked', () => {
    const fields = new TlvFields(rawRecord(0x02, 'B'), 'test file', KNOWN);

    expect(parseErrorOf(() => fields.requireAll([0x03, 0x02, 0x01])).structure).toBe('test file tag 01');
    expect(() => fields.requireAll([0x02])).not.toThrow();
  });

  it('counts a zero-length record as present', () => {
    const fields = new TlvFields(rawRecord(0x02, ''), 'test file', KNOWN);

    expect([fields.has(0x02), fields.requiredText(0x02)]).toEqual([true, '']);
  });

  it('uses the first of duplicate records and warns about unknown tags', () => {
    const fields = new TlvFields(
      concat(rawRecord(0x01, 'first'), rawRecord(0x01, 'second'), rawRecord(0x09, 'x')),
      'test file',
      KNOWN,
    );

    expect(fields.text(0x01)).toBe('first');
    expect(fields.warnings.map((w) => w.message)).toEqual(['duplicate tag 01', 'unknown tag 09 skipped']);
  });

  it('adds a UTF-8 warning, at the file offset, each time invalid text is read', () => {
    const fields = new TlvFields(
      concat(rawRecord(0x01, 'A'), rawRecord(0x02, hex('41 C3'))),
      'test file',
      KNOWN,
    );

    expect(fields.text(0x02)).toBe('A\uFFFD');
    expect(fields.warnings).toEqual([{ offset: 6, message: 'invalid UTF-8 sequence replaced by U+FFFD' }]);
  });

  it('reads the structure version big-endian', () => {
    expect(new TlvFields(hex('00 02 01 02 01 00'), 'f', KNOWN).fileStructureVersion()).toBe(0x0102);
    expect(new TlvFields(hex('01 00'), 'f', KNOWN).fileStructureVersion()).toBeUndefined();
  });
});
