import { ParseError } from '../../binary/parse-error.ts';
import { TAG, type DerElement } from './der-walk.ts';

const UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;
const GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;

/**
 * A `Time` value (RFC 5652 §11.3 `SigningTime ::= Time`, the DER forms of RFC 5280
 * §4.1.2.5.1–2): UTCTime `YYMMDDHHMMSSZ` (YY ≥ 50 is 19YY, else 20YY) or GeneralizedTime
 * `YYYYMMDDHHMMSSZ`, seconds present, UTC, no fraction. Anything else throws a
 * {@link ParseError}.
 */
export function decodeTime(element: DerElement, structure: string): Date {
  const text = String.fromCharCode(...element.content);
  const match =
    element.tag === TAG.utcTime
      ? UTC_TIME.exec(text)
      : element.tag === TAG.generalizedTime
        ? GENERALIZED_TIME.exec(text)
        : null;
  if (match === null) throw new ParseError(structure, 0, 'expected a DER UTCTime or GeneralizedTime');
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const fullYear = element.tag === TAG.utcTime ? (year >= 50 ? 1900 + year : 2000 + year) : year;
  const date = new Date(Date.UTC(fullYear, month - 1, day, hour, minute, second));
  const roundTrips =
    date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  if (!roundTrips) throw new ParseError(structure, 0, 'not a calendar time');
  return date;
}
