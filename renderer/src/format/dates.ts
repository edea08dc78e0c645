/**
 * A card date (`YYYY-MM-DD`, as common/flow/holder-view.ts sends it) in the words of
 * `language` (registration-flow.md step 5), e.g. `30 juli 2031`. The date is a calendar date,
 * not an instant: it is formatted in UTC so no time zone moves it by a day.
 */
export function formatCardDate(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The time of day of an instant (ISO date-time) in `language`, e.g. `14:35`. */
export function formatTimeOfDay(isoInstant: string, language: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(date);
}
