import { describe, expect, it } from 'vitest';
import { isForeignerCard, isKidsCard, parseDocumentType } from '../../../../common/eid/document-type.ts';
import { parseErrorOf } from './fixtures.ts';

/** belpic-protocol.md §4.4, written out again as expected values. */
const TABLE: readonly (readonly [number, string])[] = [
  [1, 'belgian-citizen'],
  [2, 'ec-citizen'],
  [3, 'non-ec-citizen'],
  [6, 'kids'],
  [7, 'bootstrap'],
  [8, 'habilitation'],
  [11, 'a-card'],
  [12, 'b-card'],
  [13, 'c-card'],
  [14, 'd-card'],
  [15, 'e-card'],
  [16, 'e-plus-card'],
  [17, 'f-card'],
  [18, 'f-plus-card'],
  [19, 'h-card'],
  [20, 'i-card'],
  [21, 'j-card'],
  [22, 'm-card'],
  [23, 'n-card'],
  [27, 'k-card'],
  [28, 'l-card'],
  [31, 'eu-card'],
  [32, 'eu-plus-card'],
  [33, 'a-card-new-layout'],
  [34, 'b-card-new-layout'],
  [35, 'f-card-new-layout'],
  [36, 'f-plus-card-new-layout'],
  [61, 'kids-eu-card'],
  [62, 'kids-eu-plus-card'],
  [63, 'kids-a-card'],
  [64, 'kids-b-card'],
  [65, 'kids-k-card'],
  [66, 'kids-l-card'],
  [67, 'kids-f-card'],
  [68, 'kids-f-plus-card'],
  [69, 'kids-m-card'],
];

describe('parseDocumentType (belpic-protocol.md §4.4)', () => {
  it.each(TABLE)('reads code %i as %s, zero padded or not', (code, kind) => {
    expect(parseDocumentType(String(code))).toEqual({ code, kind });
    expect(parseDocumentType(String(code).padStart(2, '0'))).toEqual({ code, kind });
  });

  it.each([['0'], ['4'], ['5'], ['9'], ['10'], ['24'], ['30'], ['37'], ['60'], ['70'], ['99']])(
    'keeps the code %s, not in the table, as unknown',
    (raw) => {
      expect(parseDocumentType(raw)).toEqual({ code: Number(raw), kind: 'unknown' });
    },
  );

  it.each([[''], ['A'], ['1A'], ['001'], [' 1'], ['-1'], ['1.0']])('throws a ParseError for %j', (raw) => {
    const error = parseErrorOf(() =>
      parseDocumentType(raw, { structure: 'identity file tag 0F', offset: 140 }),
    );

    expect([error.structure, error.offset]).toEqual(['identity file tag 0F', 140]);
  });
});

describe('isKidsCard and isForeignerCard', () => {
  const kinds = (predicate: (t: { code: number; kind: 'unknown' }) => boolean): number[] =>
    Array.from({ length: 100 }, (_, code) => code).filter((code) => predicate({ code, kind: 'unknown' }));

  it('calls 6 and 61–69 kids cards', () => {
    expect(kinds(isKidsCard)).toEqual([6, 61, 62, 63, 64, 65, 66, 67, 68, 69]);
  });

  it('calls 2, 3, 11–36 and 61–69 foreigner cards', () => {
    const foreigner = [
      2,
      3,
      ...Array.from({ length: 26 }, (_, i) => 11 + i),
      61,
      62,
      63,
      64,
      65,
      66,
      67,
      68,
      69,
    ];

    expect(kinds(isForeignerCard)).toEqual(foreigner);
  });

  it('classifies parsed codes', () => {
    expect(isKidsCard(parseDocumentType('06'))).toBe(true);
    expect(isForeignerCard(parseDocumentType('06'))).toBe(false);
    expect(isForeignerCard(parseDocumentType('31'))).toBe(true);
    expect(isKidsCard(parseDocumentType('01'))).toBe(false);
    expect(isForeignerCard(parseDocumentType('01'))).toBe(false);
  });
});
