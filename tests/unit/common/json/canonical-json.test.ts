import { describe, expect, it } from 'vitest';
import {
  CanonicalJsonError,
  canonicalizeJson,
  canonicalJsonBytes,
  compareUtf16,
} from '../../../../common/json/index.ts';

/**
 * Vectors written from the rules of RFC 8785 §3.2 (not copied from any test suite): each
 * expectation is derived by hand from the rule named in the test.
 */
describe('canonicalizeJson: structure (RFC 8785 §3.2.1, §3.2.3)', () => {
  it('writes no whitespace and keeps array order', () => {
    expect(canonicalizeJson({ b: [3, 1, 2], a: { y: null, x: true } })).toBe(
      '{"a":{"x":true,"y":null},"b":[3,1,2]}',
    );
  });

  it('serialises literals and empty containers', () => {
    expect(canonicalizeJson([null, true, false, {}, []])).toBe('[null,true,false,{},[]]');
  });

  it('sorts member names by UTF-16 code units, not by code point or locale', () => {
    // U+FF21 (BMP, code unit FF21) sorts after U+1F600 (surrogates D83D DE00) by code units,
    // although its code point is smaller; 'Z' (5A) sorts before 'a' (61); '' first; 'é' (E9) after 'z'.
    const value = { '\uff21': 1, '\u{1f600}': 2, a: 3, Z: 4, '': 5, é: 6, z: 7, aa: 8 };
    expect(canonicalizeJson(value)).toBe('{"":5,"Z":4,"a":3,"aa":8,"z":7,"é":6,"😀":2,"Ａ":1}');
  });

  it('sorts nested objects recursively, also inside arrays', () => {
    expect(canonicalizeJson([{ b: 1, a: { d: 1, c: 2 } }])).toBe('[{"a":{"c":2,"d":1},"b":1}]');
  });

  it('compareUtf16 orders a prefix first and compares code units as unsigned', () => {
    expect(compareUtf16('ab', 'abc')).toBeLessThan(0);
    expect(compareUtf16('\ud800\udc00', '\uffff')).toBeLessThan(0);
    expect(compareUtf16('b', 'a')).toBeGreaterThan(0);
    expect(compareUtf16('x', 'x')).toBe(0);
  });
});

describe('canonicalizeJson: strings (RFC 8785 §3.2.2.2)', () => {
  it('uses the two-character escapes for \\b \\t \\n \\f \\r " and \\', () => {
    expect(canonicalizeJson('\b\t\n\f\r"\\')).toBe('"\\b\\t\\n\\f\\r\\"\\\\"');
  });

  it('writes other controls as \\u00hh with lower-case hex', () => {
    expect(canonicalizeJson('\u0000\u0001\u000b\u001f')).toBe('"\\u0000\\u0001\\u000b\\u001f"');
  });

  it('writes DEL, non-ASCII and astral characters as they are, and never escapes /', () => {
    expect(canonicalizeJson('\u007f/é€😀')).toBe('"\u007f/é€😀"');
  });

  it('does not normalise Unicode: NFC and NFD stay different', () => {
    expect(canonicalizeJson('\u00e9')).not.toBe(canonicalizeJson('e\u0301'));
  });

  it('rejects lone surrogates, high or low, with the path', () => {
    expect(() => canonicalizeJson({ name: 'a\ud800' })).toThrow(CanonicalJsonError);
    expect(() => canonicalizeJson(['\udc00x'])).toThrow(/\$\[0\]/);
    expect(() => canonicalizeJson({ '\ud83d': 1 })).toThrow(CanonicalJsonError);
  });

  it('rejects noncharacters (I-JSON, RFC 7493 §2.1)', () => {
    expect(() => canonicalizeJson('\ufffe')).toThrow(CanonicalJsonError);
    expect(() => canonicalizeJson('\ufdd0')).toThrow(CanonicalJsonError);
    expect(() => canonicalizeJson('\u{1ffff}')).toThrow(CanonicalJsonError);
  });
});

describe('canonicalizeJson: numbers (RFC 8785 §3.2.2.3, ECMAScript Number::toString)', () => {
  const cases: [number, string][] = [
    [0, '0'],
    [-0, '0'],
    [1, '1'],
    [-1.5, '-1.5'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1e21, '1e+21'],
    [1e20, '100000000000000000000'],
    [123456789012345680000, '123456789012345680000'],
    [0.000001, '0.000001'],
    [1e-7, '1e-7'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [2 ** 53 + 1, '9007199254740992'], // not representable: the double is 2^53
    [333333333.3333333, '333333333.3333333'],
    [2.5e-10, '2.5e-10'],
  ];
  it.each(cases)('%s → %s', (value, expected) => {
    expect(canonicalizeJson(value)).toBe(expected);
  });

  it('rejects NaN and the infinities', () => {
    for (const value of [NaN, Infinity, -Infinity]) {
      expect(() => canonicalizeJson({ n: value })).toThrow(/\$\.n: non-finite/);
    }
  });
});

describe('canonicalizeJson: values that are not JSON', () => {
  it.each([
    ['undefined member', { a: undefined }],
    ['undefined item', [undefined]],
    ['function', { f: () => 1 }],
    ['bigint', { n: 1n }],
    ['symbol', Symbol('x')],
    ['Date', { d: new Date(0) }],
    ['Map', new Map()],
  ])('rejects %s', (_label, value) => {
    expect(() => canonicalizeJson(value)).toThrow(CanonicalJsonError);
  });

  it('accepts null-prototype objects', () => {
    const value = Object.assign(Object.create(null) as object, { b: 1, a: 2 });
    expect(canonicalizeJson(value)).toBe('{"a":2,"b":1}');
  });
});

describe('canonicalJsonBytes (RFC 8785 §3.2.4: UTF-8)', () => {
  it('encodes 1-, 2-, 3- and 4-byte sequences', () => {
    expect([...canonicalJsonBytes('Aé€😀')]).toEqual([
      0x22, 0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x22,
    ]);
  });

  it('equals what TextEncoder gives for the canonical text', () => {
    const value = { surname: 'Van den Broeck-Lefèvre', firstNames: 'Émilie Anne-Sophie ', n: 3 };
    expect(canonicalJsonBytes(value)).toEqual(new TextEncoder().encode(canonicalizeJson(value)));
  });
});
