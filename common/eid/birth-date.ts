import { MONTH_BY_TOKEN } from './birth-date-months.ts';
import { daysInMonth } from './calendar.ts';
import { fieldError, type FieldOrigin } from './field-origin.ts';

/**
 * A birth date as the National Register knows it: the year always, the month and day only
 * when known (tag `0C` may carry a year alone).
 */
export interface BirthDate {
  readonly year: number;
  /** 1–12, absent when the register does not know the month. */
  readonly month?: number;
  /** 1–31, absent when the register does not know the day. */
  readonly day?: number;
  /** The value exactly as on the card, e.g. `14 JUL  1985`. */
  readonly raw: string;
}

const YEAR_AT_END = /\d{4}$/;
const SEPARATORS = /[ .]+/;
const DAY = /^\d{1,2}$/;

/**
 * Parses the birth date of tag `0C`, belpic-protocol.md §4.3 / [IDADR5]: `DD mmmm YYYY`
 * (FR/NL) or `DD.mmm.YYYY` (DE), month tokens of {@link BIRTH_DATE_MONTHS} in any of the
 * three languages. Accepts the observed variants: month padded to 4 characters (`26 AVR  1975`),
 * `23.SEP. 1982`, year only (`1984`, or 8 spaces + `1962`), blank day and/or month. As §4.3
 * recommends: year = last 4 characters, then day and month split on `.` or spaces. Anything
 * else (unknown month, a day without a month, `31 AVR 1975`) throws a {@link ParseError}.
 */
export function parseBirthDate(
  raw: string,
  origin: FieldOrigin = { structure: 'birth date', offset: 0 },
): BirthDate {
  const text = raw.normalize('NFC').trimEnd();
  if (!YEAR_AT_END.test(text)) throw fieldError(origin, 'birth date does not end with a 4-digit year');
  const year = Number(text.slice(-4));
  const head = text.slice(0, -4);
  if (head !== '' && !/[ .]$/.test(head))
    throw fieldError(origin, 'birth date has no separator before the year');
  const tokens = head.split(SEPARATORS).filter((t) => t !== '');
  if (tokens.length === 0) return { year, raw };
  if (tokens.length > 2) throw fieldError(origin, 'birth date has too many parts');
  const monthToken = tokens[tokens.length - 1] as string;
  const month = MONTH_BY_TOKEN.get(monthToken.toUpperCase());
  if (month === undefined) {
    throw fieldError(origin, DAY.test(monthToken) ? 'birth date has a day but no month' : 'unknown month');
  }
  if (tokens.length === 1) return { year, month, raw };
  const dayToken = tokens[0] as string;
  const day = Number(dayToken);
  if (!DAY.test(dayToken) || day < 1 || day > daysInMonth(year, month)) {
    throw fieldError(origin, 'birth date has an invalid day');
  }
  return { year, month, day, raw };
}
