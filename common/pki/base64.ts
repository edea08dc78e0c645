import { ParseError } from '../binary/parse-error.ts';

/** The RFC 4648 §4 alphabet; `common/` has neither `btoa` nor `Buffer` (ES2023, no DOM). */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const VALUE: ReadonlyMap<string, number> = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Standard base64 with `=` padding (RFC 4648 §4), no line breaks. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] as number;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    const group = (b0 << 16) | ((b1 ?? 0) << 8) | (b2 ?? 0);
    out += ALPHABET[group >> 18];
    out += ALPHABET[(group >> 12) & 63];
    out += b1 === undefined ? '=' : ALPHABET[(group >> 6) & 63];
    out += b2 === undefined ? '=' : ALPHABET[group & 63];
  }
  return out;
}

/**
 * Decodes standard base64 (RFC 4648 §4). ASCII whitespace (PEM line breaks) is skipped; any
 * other character outside the alphabet, misplaced `=`, a length that is not a multiple of 4
 * or non-zero bits in the padding throw a {@link ParseError} (offsets count characters).
 */
export function decodeBase64(text: string, structure = 'base64'): Uint8Array {
  const sextets: number[] = [];
  let padding = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
    if (c === '=') {
      padding++;
      if (padding > 2) throw new ParseError(structure, i, 'too much padding');
      continue;
    }
    const value = VALUE.get(c);
    if (value === undefined) throw new ParseError(structure, i, 'character outside the base64 alphabet');
    if (padding > 0) throw new ParseError(structure, i, 'data after padding');
    sextets.push(value);
  }
  if ((sextets.length + padding) % 4 !== 0 || sextets.length % 4 === 1) {
    throw new ParseError(structure, text.length, 'length is not a multiple of 4');
  }
  const out = new Uint8Array(Math.floor((sextets.length * 6) / 8));
  let bits = 0;
  let accumulator = 0;
  let o = 0;
  for (const value of sextets) {
    accumulator = ((accumulator << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (accumulator >> bits) & 0xff;
    }
  }
  if ((accumulator & ((1 << bits) - 1)) !== 0)
    throw new ParseError(structure, text.length, 'non-zero padding bits');
  return out;
}
