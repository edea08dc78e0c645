import { isCalendarDate } from './calendar.ts';

/**
 * Which check-digit rule a national number satisfies, and so its birth century: `YYMMDDsss`
 * for people born before 2000, `2YYMMDDsss` for people born in 2000 or later.
 */
export type CenturyRule = 'before-2000' | 'from-2000';

/**
 * `register`: a National Register number. `bis`: a BIS number (Crossroads Bank for Social
 * Security) for people not in the register, recognised by its month: +20 when the sex was
 * unknown when the number was given, +40 when it was known.
 */
export type NationalNumberKind = 'register' | 'bis';

/** A valid national number and what it says about its holder. */
export interface NationalNumber {
  /** The 11 digits, without separators. */
  readonly digits: string;
  readonly kind: NationalNumberKind;
  readonly century: CenturyRule;
  /** Birth date; month and day are absent when encoded as `00` (unknown to the register). */
  readonly birthDate: { readonly year: number; readonly month?: number; readonly day?: number };
  /** The sequence number `sss` of people born that day: odd for men, even for women. */
  readonly sequence: number;
  /** From the sequence parity; `undefined` for a BIS number given while the sex was unknown. */
  readonly sex: 'male' | 'female' | undefined;
  /** The check number `CC`, 1–97. */
  readonly checkNumber: number;
}

/** Why a national number was rejected: not 11 digits, wrong check number, or no such birth date. */
export type NationalNumberError = 'format' | 'checksum' | 'birth-date';

/** The result of {@link parseNationalNumber}: never thrown, never logged. */
export type NationalNumberResult =
  | { readonly ok: true; readonly value: NationalNumber }
  | { readonly ok: false; readonly error: NationalNumberError };

/** Separators people type or copy: white space, dots, hyphen-minus and the Unicode dashes. */
const SEPARATORS = /[\s.\-\u2010-\u2015]/gu;
const ELEVEN_DIGITS = /^\d{11}$/;
/** Added to `YYMMDDsss` by the rule for births from 2000 on (a leading digit `2`). */
const FROM_2000_PREFIX = 2_000_000_000;
/** BIS month offsets: +20 sex unknown, +40 sex known. */
const BIS_SEX_UNKNOWN = 20;
const BIS_SEX_KNOWN = 40;

/** Removes separators: `85.07.14-122.33`, `850714 122 33` and `850714-12233` all become 11 digits. */
export function normalizeNationalNumber(input: string): string {
  return input.replace(SEPARATORS, '');
}

/** `YY.MM.DD-SSS.CC`, as printed on the card; input that is not 11 digits is returned unchanged. */
export function formatNationalNumber(input: string): string {
  const d = normalizeNationalNumber(input);
  if (!ELEVEN_DIGITS.test(d)) return input;
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`;
}

/**
 * Validates a national number `YYMMDDsssCC` (belpic-protocol.md §4.2 tag `06`): the check
 * number is `97 − (YYMMDDsss mod 97)` for births before 2000 and `97 − (2YYMMDDsss mod 97)`
 * from 2000; the rule that matches gives the century (they can never both match). Then the
 * birth date is derived (BIS month offsets removed, `00` = unknown) and checked against the
 * calendar, and the sex from the sequence parity. Separators are accepted.
 */
export function parseNationalNumber(input: string): NationalNumberResult {
  const digits = normalizeNationalNumber(input);
  if (!ELEVEN_DIGITS.test(digits)) return { ok: false, error: 'format' };
  const base = Number(digits.slice(0, 9));
  const checkNumber = Number(digits.slice(9));
  let century: CenturyRule;
  if (checkNumber === 97 - (base % 97)) century = 'before-2000';
  else if (checkNumber === 97 - ((FROM_2000_PREFIX + base) % 97)) century = 'from-2000';
  else return { ok: false, error: 'checksum' };

  const year = (century === 'before-2000' ? 1900 : 2000) + Number(digits.slice(0, 2));
  const encodedMonth = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const sequence = Number(digits.slice(6, 9));
  const bisOffset =
    encodedMonth >= BIS_SEX_KNOWN ? BIS_SEX_KNOWN : encodedMonth >= BIS_SEX_UNKNOWN ? BIS_SEX_UNKNOWN : 0;
  const month = encodedMonth - bisOffset;
  if (month > 12 || day > 31) return { ok: false, error: 'birth-date' };
  if (month > 0 && day > 0 && !isCalendarDate(year, month, day)) return { ok: false, error: 'birth-date' };

  const sexKnown = bisOffset !== BIS_SEX_UNKNOWN;
  return {
    ok: true,
    value: {
      digits,
      kind: bisOffset === 0 ? 'register' : 'bis',
      century,
      birthDate: { year, ...(month > 0 && { month }), ...(day > 0 && { day }) },
      sequence,
      sex: sexKnown ? (sequence % 2 === 1 ? 'male' : 'female') : undefined,
      checkNumber,
    },
  };
}

/** Whether `input` is a valid national number (see {@link parseNationalNumber}). */
export function isValidNationalNumber(input: string): boolean {
  return parseNationalNumber(input).ok;
}
