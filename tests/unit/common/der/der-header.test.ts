import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../common/binary/parse-error.ts';
import { encodeDerLength, readDerHeader } from '../../../../common/der/der-header.ts';
import { hex } from '../../../support/hex.ts';

describe('readDerHeader (X.690 §8.1.2–§8.1.3)', () => {
  it('reads a short-form length', () => {
    const bytes = hex('30 03 02 01 05');

    const header = readDerHeader(bytes, 0, 'test');

    expect(header).toEqual({ tag: 0x30, offset: 0, headerLength: 2, contentLength: 3, end: 5, warnings: [] });
  });

  it('reads an element at an offset', () => {
    const header = readDerHeader(hex('30 03 02 01 05'), 2, 'test');

    expect(header).toMatchObject({ tag: 0x02, headerLength: 2, contentLength: 1, end: 5 });
  });

  it('reads 81 and 82 long forms', () => {
    const form81 = new Uint8Array(3 + 0x80);
    form81.set(hex('30 81 80'));
    const form82 = new Uint8Array(4 + 0x0123);
    form82.set(hex('30 82 01 23'));

    expect(readDerHeader(form81, 0, 'test')).toMatchObject({ headerLength: 3, contentLength: 128, end: 131 });
    expect(readDerHeader(form82, 0, 'test')).toMatchObject({ headerLength: 4, contentLength: 291, end: 295 });
  });

  it('accepts a non-minimal long form with a warning', () => {
    const header = readDerHeader(hex('04 81 01 AA'), 0, 'test');

    expect(header.contentLength).toBe(1);
    expect(header.warnings).toEqual([{ offset: 1, message: 'non-minimal DER length encoding' }]);
  });

  it.each([
    ['empty input', ''],
    ['a lone tag', '30'],
    ['indefinite length', '30 80 00 00'],
    ['five length octets', '30 85 00 00 00 00 01 00'],
    ['truncated long-form length', '30 82 01'],
    ['content past the end', '30 05 02 01 05'],
    ['a high tag number', '1F 81 01 00'],
  ])('rejects %s', (_name, bytes) => {
    expect(() => readDerHeader(hex(bytes), 0, 'test')).toThrow(ParseError);
  });
});

describe('encodeDerLength (X.690 §10.1, minimal)', () => {
  it.each([
    [0, '00'],
    [127, '7F'],
    [128, '81 80'],
    [255, '81 FF'],
    [256, '82 01 00'],
    [0x10000, '83 01 00 00'],
  ])('%i → %s', (length, expected) => {
    expect(encodeDerLength(length)).toEqual(hex(expected));
  });

  it('rejects negative lengths', () => {
    expect(() => encodeDerLength(-1)).toThrow(RangeError);
  });
});
