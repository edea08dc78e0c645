/**
 * Month tokens of the birth date (tag `0C`) by card language, belpic-protocol.md §4.3 /
 * [IDADR5], [APP1]: index 0 is January. The German March is `MÄR` (UTF-8 `4D C3 84 52`).
 */
export const BIRTH_DATE_MONTHS = {
  /** French cards: `DD mmmm YYYY`. */
  fr: ['JAN', 'FEV', 'MARS', 'AVR', 'MAI', 'JUIN', 'JUIL', 'AOUT', 'SEPT', 'OCT', 'NOV', 'DEC'],
  /** Dutch cards: `DD mmmm YYYY`. */
  nl: ['JAN', 'FEB', 'MAAR', 'APR', 'MEI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEC'],
  /** German cards: `DD.mmm.YYYY`. */
  de: ['JAN', 'FEB', 'MÄR', 'APR', 'MAI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEZ'],
} as const;

/**
 * Every token of the three tables, to its month number 1–12. The tables never disagree:
 * a token shared by two languages (`MAI`, `JUN`, …) means the same month in both.
 */
export const MONTH_BY_TOKEN: ReadonlyMap<string, number> = new Map(
  Object.values(BIRTH_DATE_MONTHS).flatMap((tokens) => tokens.map((token, i) => [token, i + 1] as const)),
);
