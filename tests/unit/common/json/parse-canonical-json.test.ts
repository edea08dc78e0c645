import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../common/binary/parse-error.ts';
import { canonicalJsonBytes, encodeUtf8, parseCanonicalJson } from '../../../../common/json/index.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parseCanonicalJson', () => {
  it('round-trips canonical bytes', () => {
    const value = { a: [1, 'é', null], b: { c: true } };
    expect(parseCanonicalJson(canonicalJsonBytes(value))).toEqual(value);
  });

  it.each([
    ['whitespace', '{"a": 1}', 5],
    ['member order', '{"b":1,"a":2}', 2],
    ['a \\u escape where a character is canonical', '"\\u00e9"', 1],
    ['an upper-case hex escape', '"\\u001F"', 6],
    ['a number form', '[1.0]', 2],
    ['an exponent form', '[1E3]', 2],
    ['a duplicate member', '{"a":1,"a":2}', 5],
    ['a trailing newline', '{}\n', 2],
  ])('rejects %s, at the first byte that differs', (_label, text, offset) => {
    const error = (() => {
      try {
        parseCanonicalJson(bytes(text));
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).offset).toBe(offset);
  });

  it('rejects invalid UTF-8, with its offset', () => {
    const input = Uint8Array.of(0x22, 0x61, 0xc3, 0x28, 0x22);
    expect(() => parseCanonicalJson(input)).toThrow(/invalid UTF-8 at offset 2/);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseCanonicalJson(bytes('{a:1}'))).toThrow(/not JSON/);
    expect(() => parseCanonicalJson(new Uint8Array(0))).toThrow(ParseError);
  });

  it('rejects an escaped lone surrogate (not I-JSON)', () => {
    expect(() => parseCanonicalJson(bytes('"\\ud800"'))).toThrow(/not I-JSON/);
  });
});

describe('encodeUtf8', () => {
  it('matches TextEncoder on every boundary of the encoding', () => {
    const text = '\u0000\u007f\u0080\u07ff\u0800\uffff\u{10000}\u{10ffff}';
    expect(encodeUtf8(text)).toEqual(new TextEncoder().encode(text));
  });

  it('throws on a lone surrogate instead of writing U+FFFD', () => {
    expect(() => encodeUtf8('a\udc00')).toThrow(/lone surrogate/);
    expect(() => encodeUtf8('\ud800')).toThrow(/lone surrogate/);
  });
});
