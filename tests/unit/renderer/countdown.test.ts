import { describe, expect, it } from 'vitest';
import {
  announcedMinutes,
  formatMinutesFromNow,
  formatMinutesSeconds,
  secondsLeft,
} from '../../../renderer/src/format/countdown.ts';
import { formatCardDate } from '../../../renderer/src/format/dates.ts';

const now = Date.parse('2026-05-04T10:00:00Z');

describe('code countdown (registration-flow.md step 4)', () => {
  it('counts whole seconds left, never below zero', () => {
    expect(secondsLeft('2026-05-04T10:15:00Z', now)).toBe(900);
    expect(secondsLeft('2026-05-04T10:00:00.400Z', now)).toBe(1);
    expect(secondsLeft('2026-05-04T09:59:00Z', now)).toBe(0);
    expect(secondsLeft('not a date', now)).toBe(0);
  });

  it('shows m:ss', () => {
    expect(formatMinutesSeconds(845, 'nl')).toBe('14:05');
    expect(formatMinutesSeconds(9, 'fr')).toBe('0:09');
    expect(formatMinutesSeconds(0, 'en')).toBe('0:00');
  });

  it('announces minutes rounded up, so the text changes once a minute', () => {
    expect(announcedMinutes(900)).toBe(15);
    expect(announcedMinutes(841)).toBe(15);
    expect(announcedMinutes(840)).toBe(14);
    expect(announcedMinutes(1)).toBe(1);
    expect(announcedMinutes(0)).toBe(0);
  });

  it('says "in n minutes" in the active language', () => {
    expect(formatMinutesFromNow(14, 'en')).toBe('in 14 minutes');
    expect(formatMinutesFromNow(14, 'nl')).toBe('over 14 minuten');
  });
});

describe('card dates', () => {
  it('formats a calendar date in the language, without a time-zone shift', () => {
    expect(formatCardDate('2031-03-15', 'en')).toBe('March 15, 2031');
    expect(formatCardDate('2031-03-15', 'nl')).toBe('15 maart 2031');
    expect(formatCardDate('2031-03-15', 'de')).toBe('15. März 2031');
    expect(formatCardDate('2031-01-01', 'fr')).toBe('1 janvier 2031');
  });
});
