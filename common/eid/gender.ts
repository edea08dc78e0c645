/** Sex of the card holder as tag `0D` records it; `unknown` for a code not in §4.2. */
export type Gender = 'male' | 'female' | 'unknown';

/**
 * Codes of tag `0D`, belpic-protocol.md §4.2 / [IDADR5]: one letter, `M` male; the letter for
 * female depends on the card's language.
 */
export const GENDER_CODES: Readonly<Record<string, Exclude<Gender, 'unknown'>>> = {
  /** Male (all languages). */
  M: 'male',
  /** Female, French cards (féminin). */
  F: 'female',
  /** Female, Dutch cards (vrouwelijk). */
  V: 'female',
  /** Female, German cards (weiblich). */
  W: 'female',
};

/** Maps tag `0D` to a {@link Gender}; an unrecognised code is `unknown`, not an error. */
export function parseGender(code: string): Gender {
  return Object.hasOwn(GENDER_CODES, code) ? (GENDER_CODES[code] as Gender) : 'unknown';
}
