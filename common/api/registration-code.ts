/**
 * The registration code the phone shows and the person types on the computer
 * (pki-and-signing.md §6.1): 5 symbols from a 32-symbol, Crockford-like alphabet without the
 * look-alikes I, L, O and U, so 2^25 codes (25 bits). Shared by the service, which generates
 * and checks codes, and the wizard, which normalises what the person typed before sending it.
 */

/** The 32 symbols, in value order: digits, then letters without I, L, O and U. */
export const REGISTRATION_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Symbols per code. */
export const REGISTRATION_CODE_LENGTH = 5;

/** A canonical code as a JSON-schema pattern. */
export const REGISTRATION_CODE_PATTERN = '^[0-9A-HJKMNP-TV-Z]{5}$';

/** Look-alikes the alphabet excludes, read as the symbol the person most likely meant. */
const LOOK_ALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/**
 * The canonical form of a typed code, or undefined when it cannot be a code. Accepts
 * lowercase, spaces and dashes anywhere (`4h8-vn`, `4H8 VN`), and reads O as 0 and I/L as 1.
 * U is not in the alphabet and is not guessed: a code with U is rejected.
 */
export function normaliseRegistrationCode(input: string): string | undefined {
  let code = '';
  for (const character of input.toUpperCase()) {
    if (character === '-' || /\s/u.test(character)) continue;
    const symbol = LOOK_ALIKES[character] ?? character;
    if (!REGISTRATION_CODE_ALPHABET.includes(symbol)) return undefined;
    code += symbol;
    if (code.length > REGISTRATION_CODE_LENGTH) return undefined;
  }
  return code.length === REGISTRATION_CODE_LENGTH ? code : undefined;
}

/** A canonical code grouped for reading aloud and copying: `4H8VN` → `4H8 VN`. */
export function groupRegistrationCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
