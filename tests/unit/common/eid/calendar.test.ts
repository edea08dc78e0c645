import { describe, expect, it } from 'vitest';
import { daysInMonth, isCalendarDate, isLeapYear } from '../../../../common/eid/calendar.ts';

/** Independent reference: JavaScript's own proleptic Gregorian calendar (UTC, no clock involved). */
const referenceDays = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

describe('calendar', () => {
  it('agrees with Date.UTC on the length of every month from 1890 to 2110', () => {
    const mismatches: string[] = [];
    for (let year = 1890; year <= 2110; year++)
      for (let month = 1; month <= 12; month++)
        if (daysInMonth(year, month) !== referenceDays(year, month)) mismatches.push(`${year}-${month}`);

    expect(mismatches).toEqual([]);
  });

  it('knows the century leap-year exceptions', () => {
    expect([1900, 2000, 2024, 2100].map(isLeapYear)).toEqual([false, true, true, false]);
  });

  it('accepts real days only', () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2023, 2, 29)).toBe(false);
    expect(isCalendarDate(2024, 0, 1)).toBe(false);
    expect(isCalendarDate(2024, 13, 1)).toBe(false);
    expect(isCalendarDate(2024, 1, 0)).toBe(false);
    expect(isCalendarDate(2024, 1, 32)).toBe(false);
  });
});
