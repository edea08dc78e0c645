import type { ParseWarning } from './parse-error.ts';

/** Text decoded by {@link decodeUtf8}, with one warning per invalid sequence. */
export interface DecodedText {
  readonly text: string;
  readonly warnings: readonly ParseWarning[];
}

/** U+FFFD REPLACEMENT CHARACTER, emitted for each invalid sequence. */
const REPLACEMENT = 0xfffd;

/** The warning text; it names the problem, never the bytes (they may be personal data). */
const INVALID_SEQUENCE = 'invalid UTF-8 sequence replaced by U+FFFD';

/**
 * A strict UTF-8 decoder for `common/` (which has no `TextDecoder`): RFC 3629 §4 well-formed
 * sequences only, so overlong forms, surrogates (`ED A0`–`ED BF`) and code points above
 * U+10FFFF are invalid. Each maximal invalid subpart becomes one U+FFFD, the replacement
 * rule of the WHATWG Encoding Standard §4.1 "UTF-8 decoder" (what `TextDecoder` does), and
 * yields a warning at `baseOffset` + its position, so callers can report file offsets.
 */
export function decodeUtf8(bytes: Uint8Array, baseOffset = 0): DecodedText {
  const warnings: ParseWarning[] = [];
  const codePoints: number[] = [];
  let codePoint = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;
  const invalid = (at: number): void => {
    codePoints.push(REPLACEMENT);
    warnings.push({ offset: baseOffset + at, message: INVALID_SEQUENCE });
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (needed === 0) {
      start = i;
      if (byte <= 0x7f) codePoints.push(byte);
      else if (byte >= 0xc2 && byte <= 0xdf) [needed, codePoint] = [1, byte & 0x1f];
      else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0; // E0 80–9F would be overlong
        if (byte === 0xed) upper = 0x9f; // ED A0–BF would be a surrogate
        [needed, codePoint] = [2, byte & 0x0f];
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90; // F0 80–8F would be overlong
        if (byte === 0xf4) upper = 0x8f; // F4 90+ would be above U+10FFFF
        [needed, codePoint] = [3, byte & 0x07];
      } else invalid(i); // 80–C1 and F5–FF never start a sequence
      continue;
    }
    if (byte < lower || byte > upper) {
      // The sequence so far is one maximal invalid subpart; this byte starts afresh.
      [needed, seen, lower, upper] = [0, 0, 0x80, 0xbf];
      invalid(start);
      i--;
      continue;
    }
    [lower, upper] = [0x80, 0xbf];
    codePoint = (codePoint << 6) | (byte & 0x3f);
    if (++seen === needed) {
      codePoints.push(codePoint);
      [needed, seen] = [0, 0];
    }
  }
  if (needed !== 0) invalid(start);
  return { text: fromCodePoints(codePoints), warnings };
}

/** `String.fromCodePoint` in slices, so long inputs stay below the engine's argument limit. */
function fromCodePoints(codePoints: readonly number[]): string {
  let text = '';
  for (let i = 0; i < codePoints.length; i += 4096) {
    text += String.fromCodePoint(...codePoints.slice(i, i + 4096));
  }
  return text;
}
