import { CanonicalJsonError } from './canonical-json-error.ts';

/** The two-character escapes of RFC 8785 §3.2.2.2 (and RFC 8259 §7), by code unit. */
const SHORT_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x08, '\\b'],
  [0x09, '\\t'],
  [0x0a, '\\n'],
  [0x0c, '\\f'],
  [0x0d, '\\r'],
  [0x22, '\\"'],
  [0x5c, '\\\\'],
]);

/** Whether code point `c` is a Unicode noncharacter (U+FDD0–U+FDEF, U+xxFFFE, U+xxFFFF). */
function isNoncharacter(c: number): boolean {
  return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) === 0xfffe;
}

/**
 * A string as RFC 8785 §3.2.2.2 serialises it:
 *
 * - U+0008, U+0009, U+000A, U+000C, U+000D as `\b \t \n \f \r`;
 * - the other controls U+0000–U+001F as `\u00hh`, lower-case hex;
 * - `"` and `\` as `\"` and `\\`;
 * - everything else as is (no `\u` escapes for non-ASCII, no Unicode normalisation).
 *
 * I-JSON (RFC 7493 §2.1, required by RFC 8785 §3.1) forbids surrogates and noncharacters;
 * RFC 8785 §3.2.2.2 says lone surrogates "MUST cause a compliant JCS implementation to
 * terminate with an appropriate error". Both throw a {@link CanonicalJsonError} at `path`.
 */
export function serializeJsonString(text: string, path: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const escape = SHORT_ESCAPES.get(unit);
    if (escape !== undefined) out += escape;
    else if (unit < 0x20) out += `\\u00${unit.toString(16).padStart(2, '0')}`;
    else if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
        throw new CanonicalJsonError(path, `lone surrogate at index ${i} (RFC 8785 §3.2.2.2)`);
      }
      const codePoint = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00);
      if (isNoncharacter(codePoint)) throw new CanonicalJsonError(path, 'noncharacter (RFC 7493 §2.1)');
      out += text[i] + (text[i + 1] as string);
      i++;
    } else if (isNoncharacter(unit)) throw new CanonicalJsonError(path, 'noncharacter (RFC 7493 §2.1)');
    else out += text[i];
  }
  return out + '"';
}
