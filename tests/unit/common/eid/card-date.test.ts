import { describe, expect, it } from 'vitest';
import { parseCardDate } from '../../../../common/eid/card-date.ts';
import { parseErrorOf } from './fixtures.ts';

describe('parseCardDate (DD.MM.YYYY, belpic-protocol.md §4.2 tags 03, 04, 1F)', () => {
  it.each([
    ['01.03.2024', 2024, 3, 1],
    ['31.12.1999', 1999, 12, 31],
    ['29.02.2000', 2000, 2, 29],
    ['30.04.2031', 2031, 4, 30],
  ])('reads %s', (raw, year, month, day) => {
    expect(parseCardDate(raw)).toEqual({ year, month, day, raw });
  });

  it.each([
    ['1.03.2024'],
    ['01-03-2024'],
    ['2024.03.01'],
    ['01.03.24'],
    [' 01.03.2024'],
    ['01.03.2024 '],
    ['00.03.2024'],
    ['01.13.2024'],
    ['31.04.2024'],
    ['29.02.2100'],
    [''],
  ])('throws a ParseError for %j, at the given origin', (raw) => {
    const error = parseErrorOf(() => parseCardDate(raw, { structure: 'identity file tag 03', offset: 24 }));

    expect([error.structure, error.offset]).toEqual(['identity file tag 03', 24]);
  });

  it('names the structure "card date" at offset 0 when no origin is given', () => {
    const error = parseErrorOf(() => parseCardDate('31.02.2024'));

    expect(error.message).toBe('card date: date is not a calendar day at offset 0');
  });
});
