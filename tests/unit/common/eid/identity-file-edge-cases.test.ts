import { describe, expect, it } from 'vitest';
import { parseIdentityFile } from '../../../../common/eid/identity-file.ts';
import { nationalNumber } from '../../../virtual-card/card-data/national-number.ts';
import {
  concat,
  encodeTlvFile,
  filled,
  hex,
  parseErrorOf,
  rawRecord,
  utf8,
  type TlvRecord,
} from './fixtures.ts';

/** A hand-made Belgian identity (values of our own), encoded by the virtual card's TLV encoder. */
const NATIONAL_NUMBER = nationalNumber({ year: 1975, month: 4, day: 26 }, 202);
const BASE: readonly TlvRecord[] = [
  [0x01, '591987654321'],
  [0x02, filled(16, 0xa5)],
  [0x03, '02.01.2020'],
  [0x04, '02.01.2030'],
  [0x05, 'Gent'],
  [0x06, NATIONAL_NUMBER],
  [0x07, 'Claes'],
  [0x08, 'Marie Louise '],
  [0x09, 'J'],
  [0x0a, 'Belge'],
  [0x0b, 'Liège'],
  [0x0c, '26 AVR  1975'],
  [0x0d, 'F'],
  [0x0e, ''],
  [0x0f, '1'],
  [0x10, '0'],
  [0x11, filled(20, 0x11)],
];

/** BASE with records replaced or added (by tag) and some removed, in ascending tag order. */
function identityFile(changes: readonly TlvRecord[] = [], remove: readonly number[] = []): Uint8Array {
  const records = new Map(BASE.filter(([tag]) => !remove.includes(tag)));
  for (const [tag, value] of changes) records.set(tag, value);
  return encodeTlvFile([...records].sort((a, b) => a[0] - b[0]));
}

/** Offset of the value of `tag` in a file made by {@link identityFile} (the encoder writes 1-byte lengths). */
function valueOffset(file: Uint8Array, tag: number): number {
  let offset = 0;
  while (file[offset] !== tag) offset += 2 + file[offset + 1]!;
  return offset + 2;
}

describe('parseIdentityFile: a hand-made Belgian card', () => {
  it('reads every mandatory field and the defaults', () => {
    const { identity, warnings } = parseIdentityFile(identityFile());

    expect(warnings).toEqual([]);
    expect(identity).toMatchObject({
      cardNumber: '591987654321',
      validityBegin: { year: 2020, month: 1, day: 2, raw: '02.01.2020' },
      firstNames: 'Marie Louise ',
      firstNamesTrimmed: 'Marie Louise',
      thirdInitial: 'J',
      birthPlace: 'Liège',
      birthDate: { year: 1975, month: 4, day: 26, raw: '26 AVR  1975' },
      gender: 'female',
      documentType: { code: 1, kind: 'belgian-citizen' },
      specialStatus: { code: 0, known: true },
      photoHash: { algorithm: 'SHA-1', bytes: filled(20, 0x11) },
      memberOfFamily: false,
      basicKeyHash: undefined,
    });
  });

  it('returns copies of byte values, not views into the file', () => {
    const file = identityFile();
    const { identity } = parseIdentityFile(file);

    file.fill(0);

    expect(identity.chipNumber).toEqual(filled(16, 0xa5));
    expect(identity.photoHash.bytes).toEqual(filled(20, 0x11));
  });

  it('skips a leading tag 00 and reports its value as the file structure version', () => {
    const { identity, warnings } = parseIdentityFile(concat(hex('00 02 00 02'), identityFile()));

    expect(identity.fileStructureVersion).toBe(2);
    expect(identity.cardNumber).toBe('591987654321');
    expect(warnings).toEqual([]);
  });

  it('defaults the optional third initial, nobility and special status when absent', () => {
    const { identity } = parseIdentityFile(identityFile([], [0x09, 0x0e, 0x10]));

    expect([identity.thirdInitial, identity.nobility, identity.specialStatus.code]).toEqual(['', '', 0]);
  });

  it('reads a year-only birth date as a partial date', () => {
    const { identity } = parseIdentityFile(identityFile([[0x0c, '        1975']]));

    expect(identity.birthDate).toEqual({ year: 1975, raw: '        1975' });
  });

  it.each([
    ['document type 01', [0x0f, '01'], { documentType: { code: 1, kind: 'belgian-citizen' } }],
    ['document type 99', [0x0f, '99'], { documentType: { code: 99, kind: 'unknown' } }],
    ['gender X', [0x0d, 'X'], { gender: 'unknown', genderCode: 'X' }],
    ['special status 5', [0x10, '5'], { specialStatus: { yellowCane: true, extendedMinority: true } }],
    ['a SHA-256 photo hash', [0x11, filled(32, 1)], { photoHash: { algorithm: 'SHA-256' } }],
    ['a SHA-384 photo hash', [0x11, filled(48, 1)], { photoHash: { algorithm: 'SHA-384' } }],
  ] as const)('reads %s', (_, record, expected) => {
    expect(parseIdentityFile(identityFile([record])).identity).toMatchObject(expected);
  });
});

describe('parseIdentityFile: foreigner and special tags 12–1F', () => {
  it('reads every one of them', () => {
    const basicKeyHash = filled(48, 0x1a);
    const file = identityFile([
      [0x12, '02'],
      [0x13, '2'],
      [0x14, ''],
      [0x15, '10.10.2015-AF'],
      [0x16, 'A'],
      [0x17, '0123.456.789'],
      [0x18, '0987.654.321'],
      [0x19, 'RF-2020-000042'],
      [0x1a, basicKeyHash],
      [0x1b, 'B'],
      [0x1c, 'C'],
      [0x1d, 'D'],
      [0x1e, 'K'],
      [0x1f, '01.09.2019'],
    ]);

    const { identity, warnings } = parseIdentityFile(file);

    expect(warnings).toEqual([]);
    expect(identity).toMatchObject({
      duplicate: '02',
      specialOrganisation: { code: '2', kind: 'nato' },
      memberOfFamily: true,
      protection: { date: { year: 2015, month: 10, day: 10 }, country: 'AF' },
      workPermitMention: { code: 'A', kind: 'seasonal-worker' },
      employerVat1: '0123.456.789',
      employerVat2: '0987.654.321',
      regionalFileNumber: 'RF-2020-000042',
      basicKeyHash,
      brexitMention1: { code: 'B', kind: 'article-18-1' },
      brexitMention2: { code: 'C', kind: 'permanent-residence' },
      cardAMention1: { code: 'D', kind: 'student' },
      cardAMention2: { code: 'K', kind: 'mobility-programme' },
      euStartDate: { year: 2019, month: 9, day: 1, raw: '01.09.2019' },
    });
  });

  it('reads member of family with a value as true, with a warning', () => {
    const file = identityFile([[0x14, '1']]);

    const { identity, warnings } = parseIdentityFile(file);

    expect(identity.memberOfFamily).toBe(true);
    expect(warnings).toEqual([{ offset: valueOffset(file, 0x14), message: 'member of family has a value' }]);
  });

  it('keeps unknown mention codes', () => {
    const { identity } = parseIdentityFile(
      identityFile([
        [0x13, '9'],
        [0x16, 'Z'],
      ]),
    );

    expect(identity.specialOrganisation).toEqual({ code: '9', kind: 'unknown' });
    expect(identity.workPermitMention).toEqual({ code: 'Z', kind: 'unknown' });
  });
});

describe('parseIdentityFile: missing and malformed records', () => {
  it.each([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0a, 0x0b, 0x0c, 0x0d, 0x0f, 0x11])(
    'throws a ParseError naming tag %i when that mandatory record is missing',
    (tag) => {
      const error = parseErrorOf(() => parseIdentityFile(identityFile([], [tag])));

      expect(error.structure).toBe(`identity file tag ${tag.toString(16).padStart(2, '0').toUpperCase()}`);
      expect(error.message).toContain('mandatory record missing');
    },
  );

  it.each([
    ['an empty file', new Uint8Array(0)],
    ['an all-zero file', filled(200, 0)],
  ])('throws a ParseError for %s', (_, file) => {
    expect(parseErrorOf(() => parseIdentityFile(file)).structure).toBe('identity file tag 01');
  });

  it.each([
    ['a validity date in another format', [0x04, '2030-01-02'], '04'],
    ['a national number of 10 digits', [0x06, NATIONAL_NUMBER.slice(1)], '06'],
    ['an unparsable birth date', [0x0c, '26 APRIL 1975'], '0C'],
    ['a non-numeric document type', [0x0f, 'B'], '0F'],
    ['a 33-byte photo hash', [0x11, filled(33, 0)], '11'],
    ['a protection without country', [0x15, '10.10.2015'], '15'],
    ['a 47-byte basic key hash', [0x1a, filled(47, 0)], '1A'],
    ['an EU start date with a slash', [0x1f, '01/09/2019'], '1F'],
  ] as const)('throws a ParseError at the value for %s', (_, record, tagHex) => {
    const file = identityFile([record]);

    const error = parseErrorOf(() => parseIdentityFile(file));

    expect(error.structure).toBe(`identity file tag ${tagHex}`);
    expect(error.offset).toBe(valueOffset(file, record[0]));
  });

  it('throws a ParseError with the record offset for a truncated file', () => {
    const file = identityFile();

    const error = parseErrorOf(() => parseIdentityFile(file.subarray(0, valueOffset(file, 0x07) + 2)));

    expect(error.structure).toBe('identity file');
    expect(error.offset).toBe(valueOffset(file, 0x07) - 2);
  });
});

describe('parseIdentityFile: warnings for accepted, non-canonical input', () => {
  it('skips unknown tags with a warning each, leaving the identity unchanged', () => {
    const plain = parseIdentityFile(identityFile()).identity;
    const file = identityFile([
      [0x20, 'future'],
      [0x7f, filled(3, 9)],
    ]);

    const { identity, warnings } = parseIdentityFile(file);

    expect(identity).toEqual(plain);
    expect(warnings).toEqual([
      { offset: valueOffset(file, 0x20) - 2, message: 'unknown tag 20 skipped' },
      { offset: valueOffset(file, 0x7f) - 2, message: 'unknown tag 7F skipped' },
    ]);
  });

  it('replaces invalid UTF-8 by U+FFFD and warns at the byte offset', () => {
    const file = identityFile([[0x07, Uint8Array.of(0x43, 0x6c, 0xe4, 0x65, 0x73)]]);

    const { identity, warnings } = parseIdentityFile(file);

    expect(identity.surname).toBe('Cl\uFFFDes');
    expect(warnings).toEqual([
      { offset: valueOffset(file, 0x07) + 2, message: 'invalid UTF-8 sequence replaced by U+FFFD' },
    ]);
  });

  it('warns about a national number whose check number does not match', () => {
    const wrong = NATIONAL_NUMBER.slice(0, 9) + (NATIONAL_NUMBER.endsWith('00') ? '01' : '00');
    const file = identityFile([[0x06, wrong]]);

    const { identity, warnings } = parseIdentityFile(file);

    expect(identity.nationalNumber).toBe(wrong);
    expect(warnings).toEqual([
      { offset: valueOffset(file, 0x06), message: 'national number does not validate' },
    ]);
  });

  it('warns about a chip number that is not 16 bytes', () => {
    const file = identityFile([[0x02, filled(8, 1)]]);

    expect(parseIdentityFile(file).warnings).toEqual([
      { offset: valueOffset(file, 0x02), message: 'chip number is 8 bytes, not 16' },
    ]);
  });

  it('reads a long surname with an FF-extended length, with a warning', () => {
    const surname = 'Vandenberghe-'.repeat(24).slice(0, 300);
    const head = identityFile([], [0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11]);
    const tail = encodeTlvFile(BASE.filter(([tag]) => tag > 0x07));
    const file = concat(head, rawRecord(0x07, surname, [0xff, 300 - 255]), tail);

    const { identity, warnings } = parseIdentityFile(file);

    expect(identity.surname).toBe(surname);
    expect(identity.firstNames).toBe('Marie Louise ');
    expect(warnings).toEqual([
      { offset: head.length, message: 'tag 07 has an FF-extended length of 300 bytes' },
    ]);
  });

  it('uses the first of duplicate records, warns, and reads records out of order', () => {
    const file = concat(identityFile([], [0x0e]), rawRecord(0x07, 'Other'), rawRecord(0x0e, 'Baron'));

    const { identity, warnings } = parseIdentityFile(file);

    expect(identity.surname).toBe('Claes');
    expect(identity.nobility).toBe('Baron');
    expect(warnings.map((w) => w.message)).toEqual(['duplicate tag 07', 'tag 0E out of ascending order']);
  });

  it('accepts zero padding and warns about bytes after it', () => {
    const file = concat(identityFile(), filled(10, 0), hex('41'), filled(5, 0));

    const { warnings } = parseIdentityFile(file);

    expect(warnings).toEqual([
      { offset: identityFile().length + 10, message: 'non-zero byte after the zero padding' },
    ]);
  });

  it('puts no field value into warnings or errors', () => {
    const secretSurname = 'Geheimnaam';
    const file = concat(
      identityFile([
        [0x07, concat(utf8(secretSurname), Uint8Array.of(0xff))],
        [0x06, NATIONAL_NUMBER.slice(0, 9) + '00'],
        [0x20, secretSurname],
      ]),
      rawRecord(0x07, secretSurname),
    );
    const { warnings } = parseIdentityFile(file);
    const error = parseErrorOf(() => parseIdentityFile(identityFile([[0x0c, `${secretSurname} 1975`]])));

    expect(warnings.length).toBeGreaterThanOrEqual(4);
    for (const message of [...warnings.map((w) => w.message), error.message]) {
      expect(message).not.toContain(secretSurname);
      expect(message).not.toContain(NATIONAL_NUMBER.slice(0, 9));
    }
  });
});
