import { CanonicalJsonError } from './canonical-json-error.ts';

/**
 * UTF-8 encoding of a JavaScript string (RFC 3629 §3), for `common/`, which has no
 * `TextEncoder` in scope. Surrogate pairs become one 4-byte sequence. A lone surrogate has no
 * UTF-8 encoding (RFC 3629 §3: "the definition of UTF-8 prohibits encoding character numbers
 * between U+D800 and U+DFFF"), so it throws a {@link CanonicalJsonError} instead of being
 * replaced silently: bytes that get signed must say exactly what the string said.
 */
export function encodeUtf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
        throw new CanonicalJsonError('', `lone surrogate U+${c.toString(16).toUpperCase()} at index ${i}`);
      }
      c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
      i++;
    }
    if (c < 0x80) out[o++] = c;
    else if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[o++] = 0xe0 | (c >> 12);
      out[o++] = 0x80 | ((c >> 6) & 0x3f);
      out[o++] = 0x80 | (c & 0x3f);
    } else {
      out[o++] = 0xf0 | (c >> 18);
      out[o++] = 0x80 | ((c >> 12) & 0x3f);
      out[o++] = 0x80 | ((c >> 6) & 0x3f);
      out[o++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, o);
}
