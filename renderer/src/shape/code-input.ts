import {
  normaliseRegistrationCode,
  REGISTRATION_CODE_LENGTH,
} from '../../../common/api/registration-code.ts';

/** The registration code field as typed so far (registration-flow.md step 4). */
export interface ShapedCode {
  /** Canonical symbols only, at most {@link REGISTRATION_CODE_LENGTH}. */
  readonly value: string;
  /** Something typed or pasted was not a code symbol (U, punctuation…) and was left out. */
  readonly dropped: boolean;
  /** The code has all its symbols. */
  readonly complete: boolean;
}

/**
 * One typed character as a code symbol, or undefined. The look-alike rules (O→0, I/L→1,
 * lowercase) are those of `normaliseRegistrationCode` in common/api/registration-code.ts,
 * applied to the character padded to a full code, so the field and main read it the same way.
 */
function symbolOf(character: string): string | undefined {
  return normaliseRegistrationCode(`${character}0000`)?.[0];
}

/**
 * Shapes what the person typed or pasted into the code field: uppercase, spaces and dashes
 * ignored, look-alikes mapped, anything else dropped (and reported), cut at 5 symbols.
 */
export function shapeCodeInput(raw: string): ShapedCode {
  let value = '';
  let dropped = false;
  for (const character of raw) {
    if (character === '-' || /\s/u.test(character)) continue;
    const symbol = symbolOf(character);
    if (symbol === undefined) dropped = true;
    else if (value.length < REGISTRATION_CODE_LENGTH) value += symbol;
    else dropped = true;
  }
  return { value, dropped, complete: value.length === REGISTRATION_CODE_LENGTH };
}
