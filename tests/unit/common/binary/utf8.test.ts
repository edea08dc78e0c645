import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../../../common/binary/utf8.ts';

/** Node's WHATWG decoder in replacement mode: the independent reference for U+FFFD placement. */
const reference = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const replacements = (text: string): number => [...text].filter((c) => c === '\uFFFD').length;

describe('decodeUtf8: well-formed input', () => {
  it.each([
    ['ASCII', 'Peeters'],
    ['two-byte sequences', 'Müller Łukasz Émilie'],
    ['the German March token', 'MÄR'],
    ['three-byte sequences', '€ – ‰'],
    ['four-byte sequences', '𝄞 😀'],
    ['the empty string', ''],
  ])('decodes %s without warnings', (_, text) => {
    const { text: decoded, warnings } = decodeUtf8(new TextEncoder().encode(text));

    expect(decoded).toBe(text);
    expect(warnings).toEqual([]);
  });

  it('decodes MÄR from the bytes §4.3 gives (4D C3 84 52)', () => {
    expect(decodeUtf8(bytes(0x4d, 0xc3, 0x84, 0x52)).text).toBe('M\u00c4R');
  });

  it('decodes the boundary code points U+0080, U+07FF, U+0800, U+FFFF, U+10000, U+10FFFF', () => {
    const text = '\u0080\u07ff\u0800\uffff\u{10000}\u{10ffff}';

    expect(decodeUtf8(new TextEncoder().encode(text))).toEqual({ text, warnings: [] });
  });
});

describe('decodeUtf8: invalid input', () => {
  it.each([
    ['a lone continuation byte', [0x41, 0x80, 0x42], 'A\uFFFDB', [1]],
    ['an overlong two-byte form', [0xc0, 0xaf], '\uFFFD\uFFFD', [0, 1]],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], '\uFFFD\uFFFD\uFFFD', [0, 1, 2]],
    ['a surrogate', [0xed, 0xa0, 0x80], '\uFFFD\uFFFD\uFFFD', [0, 1, 2]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], '\uFFFD\uFFFD\uFFFD\uFFFD', [0, 1, 2, 3]],
    ['F5, never valid', [0xf5, 0x41], '\uFFFDA', [0]],
    ['a truncated sequence before ASCII', [0xe2, 0x82, 0x41], '\uFFFDA', [0]],
    ['a truncated sequence at the end', [0x41, 0xf0, 0x9f, 0x98], 'A\uFFFD', [1]],
    ['Latin-1 text', [0x4d, 0xfc, 0x6c, 0x6c], 'M\uFFFDll', [1]],
  ])('replaces %s by U+FFFD with a warning per replacement', (_, input, text, offsets) => {
    const decoded = decodeUtf8(bytes(...input));

    expect(decoded.text).toBe(text);
    expect(decoded.warnings.map((w) => w.offset)).toEqual(offsets);
  });

  it('adds the base offset, so warnings carry file offsets', () => {
    const { warnings } = decodeUtf8(bytes(0x41, 0xff), 100);

    expect(warnings).toEqual([{ offset: 101, message: 'invalid UTF-8 sequence replaced by U+FFFD' }]);
  });
});

describe('decodeUtf8 against the WHATWG decoder', () => {
  it('agrees on every one- and two-byte input', () => {
    const mismatches: string[] = [];
    for (let a = 0; a < 256; a++) {
      check(bytes(a), mismatches);
      for (let b = 0; b < 256; b++) check(bytes(a, b), mismatches);
    }

    expect(mismatches).toEqual([]);
  });

  it('agrees on three- and four-byte inputs around every lead byte boundary', () => {
    const leads = [
      0x7f, 0x80, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff,
    ];
    const tails = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc3, 0xe2, 0xf0, 0xff];
    const mismatches: string[] = [];
    for (const lead of leads)
      for (const b of tails)
        for (const c of tails) {
          check(bytes(lead, b, c), mismatches);
          for (const d of tails) check(bytes(lead, b, c, d), mismatches);
        }

    expect(mismatches).toEqual([]);
  });
});

/** Records a mismatch of text or of the warning count (one per U+FFFD, inputs hold no literal U+FFFD). */
function check(input: Uint8Array, mismatches: string[]): void {
  const expected = reference.decode(input);
  const { text, warnings } = decodeUtf8(input);
  if (text !== expected || warnings.length !== replacements(expected)) {
    mismatches.push(Array.from(input, (b) => b.toString(16).padStart(2, '0')).join(' '));
  }
}
