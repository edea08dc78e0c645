import { describe, expect, it } from 'vitest';
import { parseBirthDate } from '../../../../common/eid/birth-date.ts';
import { parseErrorOf } from './fixtures.ts';

/** The month tokens of belpic-protocol.md §4.3, written out again as the expected values. */
const FR: readonly (readonly [string, number])[] = [
  ['JAN', 1],
  ['FEV', 2],
  ['MARS', 3],
  ['AVR', 4],
  ['MAI', 5],
  ['JUIN', 6],
  ['JUIL', 7],
  ['AOUT', 8],
  ['SEPT', 9],
  ['OCT', 10],
  ['NOV', 11],
  ['DEC', 12],
];
const NL: readonly (readonly [string, number])[] = [
  ['JAN', 1],
  ['FEB', 2],
  ['MAAR', 3],
  ['APR', 4],
  ['MEI', 5],
  ['JUN', 6],
  ['JUL', 7],
  ['AUG', 8],
  ['SEP', 9],
  ['OKT', 10],
  ['NOV', 11],
  ['DEC', 12],
];
const DE: readonly (readonly [string, number])[] = [
  ['JAN', 1],
  ['FEB', 2],
  ['M\u00c4R', 3],
  ['APR', 4],
  ['MAI', 5],
  ['JUN', 6],
  ['JUL', 7],
  ['AUG', 8],
  ['SEP', 9],
  ['OKT', 10],
  ['NOV', 11],
  ['DEZ', 12],
];

describe.each([
  ['French', FR],
  ['Dutch', NL],
])('parseBirthDate: %s cards, DD mmmm YYYY', (_, table) => {
  it.each(table)('reads %s as month %i with single spaces', (token, month) => {
    const raw = `09 ${token} 1977`;

    expect(parseBirthDate(raw)).toEqual({ year: 1977, month, day: 9, raw });
  });

  it.each(table)('reads %s as month %i padded to 4 characters', (token, month) => {
    const raw = `28 ${token.padEnd(4, ' ')} 2003`;

    expect(parseBirthDate(raw)).toEqual({ year: 2003, month, day: 28, raw });
  });
});

describe('parseBirthDate: German cards, DD.mmm.YYYY', () => {
  it.each(DE)('reads %s as month %i', (token, month) => {
    const raw = `11.${token}.1990`;

    expect(parseBirthDate(raw)).toEqual({ year: 1990, month, day: 11, raw });
  });

  it.each(DE)('reads %s as month %i in the "23.SEP. 1982" form', (token, month) => {
    const raw = `11.${token}. 1990`;

    expect(parseBirthDate(raw)).toEqual({ year: 1990, month, day: 11, raw });
  });

  it('reads MÄR written with a combining diaeresis (NFD) as March, keeping the raw text', () => {
    const raw = '02.MA\u0308R.1961';

    expect(parseBirthDate(raw)).toEqual({ year: 1961, month: 3, day: 2, raw });
  });
});

describe('parseBirthDate: observed variants (§4.3)', () => {
  it.each([
    ['26 AVR  1975', { year: 1975, month: 4, day: 26 }],
    ['21 DEC  1981', { year: 1981, month: 12, day: 21 }],
    ['07 SEPT 2003', { year: 2003, month: 9, day: 7 }],
    ['23.SEP.1982', { year: 1982, month: 9, day: 23 }],
    ['23.SEP. 1982', { year: 1982, month: 9, day: 23 }],
    ['3 MEI 2001', { year: 2001, month: 5, day: 3 }],
    ['29 FEB 2024', { year: 2024, month: 2, day: 29 }],
    ['29 FEV 2000', { year: 2000, month: 2, day: 29 }],
    ['12 okt 1950', { year: 1950, month: 10, day: 12 }],
  ])('reads %j', (raw, date) => {
    expect(parseBirthDate(raw)).toEqual({ ...date, raw });
  });

  it.each([['1984'], ['        1962'], ['     .    1962']])('reads the year-only form %j', (raw) => {
    const date = parseBirthDate(raw);

    expect(date).toEqual({ year: Number(raw.slice(-4)), raw });
    expect('month' in date || 'day' in date).toBe(false);
  });

  it.each([
    ['   JUN  1944', 6],
    ['  .AUG.1944', 8],
  ])('reads %j with a blank day as year and month', (raw, month) => {
    expect(parseBirthDate(raw)).toEqual({ year: 1944, month, raw });
  });
});

describe('parseBirthDate: rejected', () => {
  it.each([
    ['an empty value', ''],
    ['a two-digit year', '14 JUL 85'],
    ['no separator before the year', '14 JUL1985'],
    ['an unknown month', '14 JULY 1985'],
    ['an English month', '14 MAR 1985'],
    ['a numeric month', '14.07.1985'],
    ['a day but no month', '14      1985'],
    ['day 0', '00 JAN 1985'],
    ['31 April', '31 AVR 1985'],
    ['29 February of a common year', '29 FEB 1900'],
    ['a three-digit day', '101 JAN 1985'],
    ['extra parts', '14 JUL X 1985'],
  ])('throws a ParseError for %s', (_, raw) => {
    const error = parseErrorOf(() => parseBirthDate(raw, { structure: 'identity file tag 0C', offset: 77 }));

    expect(error.structure).toBe('identity file tag 0C');
    expect(error.offset).toBe(77);
    if (raw !== '') expect(error.message).not.toContain(raw);
  });
});
