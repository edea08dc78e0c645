import { parseCardDate, type CardDate } from './card-date.ts';
import { fieldError, type FieldOrigin } from './field-origin.ts';

/** Tag `15`: when and by which country protection was granted. */
export interface Protection {
  readonly date: CardDate;
  /** ISO 3166-1 alpha-2 country code. */
  readonly country: string;
  /** The value exactly as on the card. */
  readonly raw: string;
}

const DATE_DASH_COUNTRY = /^(\d{2}\.\d{2}\.\d{4})-([A-Z]{2})$/;

/**
 * Parses tag `15` "date and country of protection", belpic-protocol.md §4.2 / [IDADR5]:
 * `dd.MM.yyyy-A2` (13 characters). Any other form throws a {@link ParseError}.
 */
export function parseProtection(
  raw: string,
  origin: FieldOrigin = { structure: 'protection', offset: 0 },
): Protection {
  const match = DATE_DASH_COUNTRY.exec(raw);
  if (match === null) throw fieldError(origin, 'date and country of protection is not DD.MM.YYYY-CC');
  return { date: parseCardDate(match[1] as string, origin), country: match[2] as string, raw };
}
