import { isCalendarDate } from './calendar.ts';
import { fieldError, type FieldOrigin } from './field-origin.ts';

/** A complete calendar date read from the card, with the text as it was on the card. */
export interface CardDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
  /** The value exactly as on the card, e.g. `01.03.2024`. */
  readonly raw: string;
}

const DD_MM_YYYY = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/**
 * Parses a `DD.MM.YYYY` date: card validity begin and end (tags `03`, `04`), the EU start
 * date (tag `1F`) and the date part of tag `15`, belpic-protocol.md §4.2 / [IDADR5].
 * Anything else, or a day that does not exist (`31.04.2024`), throws a {@link ParseError}.
 */
export function parseCardDate(
  raw: string,
  origin: FieldOrigin = { structure: 'card date', offset: 0 },
): CardDate {
  const match = DD_MM_YYYY.exec(raw);
  if (match === null) throw fieldError(origin, 'date is not DD.MM.YYYY');
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isCalendarDate(year, month, day)) throw fieldError(origin, 'date is not a calendar day');
  return { year, month, day, raw };
}
