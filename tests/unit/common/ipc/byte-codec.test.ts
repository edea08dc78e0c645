import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeBytes, MAX_DEPTH } from '../../../../common/ipc/byte-codec.ts';
import { ContractError } from '../../../../common/ipc/contract-error.ts';

/** A value nested `depth` arrays deep. */
const nested = (depth: number): unknown => (depth === 0 ? 'leaf' : [nested(depth - 1)]);

describe('the $bytes codec', () => {
  it('replaces bytes anywhere with standard base64 objects, and back', () => {
    const value = {
      a: Uint8Array.of(0xfb, 0xff),
      list: [new Uint8Array(0), { b: Uint8Array.of(1) }],
      n: 1,
      s: 'x',
    };

    const encoded = encodeBytes(value);

    expect(encoded).toEqual({
      a: { $bytes: '+/8=' },
      list: [{ $bytes: '' }, { b: { $bytes: 'AQ==' } }],
      n: 1,
      s: 'x',
    });
    expect(decodeBytes(JSON.parse(JSON.stringify(encoded)))).toEqual(value);
  });

  it('leaves objects that merely mention $bytes alone', () => {
    const value = { $bytes: 'AQ==', other: 1 };

    expect(decodeBytes(value)).toEqual(value);
    expect(decodeBytes({ $bytes: 5 })).toEqual({ $bytes: 5 });
  });

  it('refuses to encode an object that would decode as bytes', () => {
    expect(() => encodeBytes({ inner: { $bytes: 'AQ==' } })).toThrow(ContractError);
  });

  it('rejects bad base64 as bad-envelope', () => {
    expect(() => decodeBytes({ $bytes: 'A!==' })).toThrow('bad-envelope');
  });

  it(`refuses nesting deeper than ${MAX_DEPTH}`, () => {
    expect(() => decodeBytes(nested(MAX_DEPTH - 1))).not.toThrow();
    expect(() => decodeBytes(nested(MAX_DEPTH + 1))).toThrow('bad-envelope');
  });

  it('keeps a __proto__ key from the wire an ordinary property', () => {
    const decoded = decodeBytes(JSON.parse('{"__proto__":{"polluted":true}}')) as Record<string, unknown>;

    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(decoded, '__proto__')).toBe(true);
  });
});
