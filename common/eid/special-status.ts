import { fieldError, type FieldOrigin } from './field-origin.ts';

/**
 * Special status of tag `10`, belpic-protocol.md §4.2 / [IDADR5]: `0` none, `1` white cane,
 * `2` extended minority, `3` = 1+2, `4` yellow cane, `5` = 4+2 (1–5 "not used on new cards
 * anymore"). Codes above 5 are kept with every flag false and `known: false`.
 */
export interface SpecialStatus {
  readonly code: number;
  /** Whether the code is one of 0–5. */
  readonly known: boolean;
  /** Codes 1 and 3: blind person (white cane). */
  readonly whiteCane: boolean;
  /** Codes 4 and 5: partially sighted person (yellow cane). */
  readonly yellowCane: boolean;
  /** Codes 2, 3 and 5: extended minority. */
  readonly extendedMinority: boolean;
}

/** The flags of each known code. */
const FLAGS: Readonly<Record<number, readonly [whiteCane: boolean, yellowCane: boolean, minority: boolean]>> =
  {
    0: [false, false, false],
    1: [true, false, false],
    2: [false, false, true],
    3: [true, false, true],
    4: [false, true, false],
    5: [false, true, true],
  };

/** Special status when tag `10` is absent: code 0, no flags. */
export const NO_SPECIAL_STATUS: SpecialStatus = parseSpecialStatus('0');

/** Parses tag `10` (1–2 decimal digits, §4.2 max "1 (2)"); other text throws a {@link ParseError}. */
export function parseSpecialStatus(
  raw: string,
  origin: FieldOrigin = { structure: 'special status', offset: 0 },
): SpecialStatus {
  if (!/^\d{1,2}$/.test(raw)) throw fieldError(origin, 'special status is not 1–2 digits');
  const code = Number(raw);
  const flags = FLAGS[code];
  const [whiteCane, yellowCane, extendedMinority] = flags ?? [false, false, false];
  return { code, known: flags !== undefined, whiteCane, yellowCane, extendedMinority };
}
