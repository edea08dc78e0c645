/**
 * One-character codes of the foreigner and special cards' tags, belpic-protocol.md §4.2 /
 * [IDADR5]: each table maps the code on the card to a kind. Codes not in a table are kept
 * as `{ code, kind: 'unknown' }`, since new mentions appear with new residence rules.
 */

/** Tag `13`, special organisation. */
export const SPECIAL_ORGANISATIONS = {
  /** SHAPE (Supreme Headquarters Allied Powers Europe). */
  '1': 'shape',
  /** NATO. */
  '2': 'nato',
  /** Old European blue card. */
  '4': 'old-european-blue-card',
  /** Researcher. */
  '5': 'researcher',
} as const;

/** Tag `16`, work permit (labour market) mention. */
export const WORK_PERMIT_MENTIONS = {
  /** Unlimited access to the labour market. */
  '7': 'unlimited',
  /** Limited access. */
  '8': 'limited',
  /** No access. */
  '9': 'none',
  /** Seasonal worker. */
  A: 'seasonal-worker',
} as const;

/** Tags `1B` and `1C`, Brexit mentions. */
export const BREXIT_MENTIONS = {
  /** Tag `1B`: Article 18(1) of the Withdrawal Agreement. */
  B: 'article-18-1',
  /** Tag `1C`: permanent residence ("séjour permanent"). */
  C: 'permanent-residence',
} as const;

/** Tags `1D` and `1E`, A-card mentions. */
export const CARD_A_MENTIONS = {
  /** Tag `1D`: seasonal worker. */
  A: 'seasonal-worker',
  /** Tag `1D`: student. */
  D: 'student',
  /** Tag `1D`: school pupil. */
  E: 'school-pupil',
  /** Tag `1D`: trainee. */
  F: 'trainee',
  /** Tag `1D`: volunteer. */
  G: 'volunteer',
  /** Tag `1D`: au pair. */
  H: 'au-pair',
  /** Tag `1D`: researcher. */
  I: 'researcher',
  /** Tag `1D`: looking for a job. */
  J: 'job-search',
  /** Tag `1E`: mobility programme. */
  K: 'mobility-programme',
} as const;

/** A coded mention: the code as on the card and what it means (`unknown` if not in the table). */
export interface Mention<Kind extends string> {
  readonly code: string;
  readonly kind: Kind | 'unknown';
}

/** Looks `code` up in one of the tables above. */
export function parseMention<Table extends Readonly<Record<string, string>>>(
  table: Table,
  code: string,
): Mention<Table[keyof Table]> {
  const kind = Object.hasOwn(table, code) ? (table[code] as Table[keyof Table]) : 'unknown';
  return { code, kind };
}
