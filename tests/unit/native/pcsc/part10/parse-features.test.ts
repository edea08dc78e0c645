import { describe, expect, it } from 'vitest';
import { parseFeatureList, Part10ParseError } from '../../../../../native/pcsc/index.ts';

const hex = (text: string): Uint8Array =>
  Uint8Array.from(text.split(/\s+/).filter(Boolean), (b) => parseInt(b, 16));

describe('parseFeatureList (PC/SC part 10 §2.3)', () => {
  it('reads tag 04 code(4, big-endian) entries into feature → control code', () => {
    // As a CCID pinpad reader answers through pcsc-lite: codes 0x42330000 + tag.
    const answer = hex('06 04 42 33 00 06  07 04 42 33 00 07  0A 04 42 33 00 0A  12 04 42 33 00 12');

    const features = parseFeatureList(answer);

    expect([...features]).toEqual([
      ['VERIFY_PIN_DIRECT', 0x42330006],
      ['MODIFY_PIN_DIRECT', 0x42330007],
      ['IFD_PIN_PROPERTIES', 0x4233000a],
      ['GET_TLV_PROPERTIES', 0x42330012],
    ]);
  });

  it('knows every tag of pcsc-lite reader.h, 01 to 13 and 20', () => {
    const tags = [...Array.from({ length: 0x13 }, (_, i) => i + 1), 0x20];
    const answer = Uint8Array.from(tags.flatMap((tag) => [tag, 4, 0x31, 0x00, 0x00, tag]));

    const features = parseFeatureList(answer);

    expect(features.size).toBe(20);
    expect(features.get('VERIFY_PIN_START')).toBe(0x31000001);
    expect(features.get('ABORT')).toBe(0x3100000b);
    expect(features.get('EXECUTE_PACE')).toBe(0x31000020);
  });

  it('skips unknown tags and reads an empty answer as no features', () => {
    expect([...parseFeatureList(hex('7F 04 00 00 00 01  06 04 00 00 00 06'))]).toEqual([
      ['VERIFY_PIN_DIRECT', 6],
    ]);
    expect(parseFeatureList(new Uint8Array(0)).size).toBe(0);
  });

  it('reads the control code from a view into a larger buffer', () => {
    const buffer = hex('FF FF 06 04 42 00 0D 48 FF');

    expect(parseFeatureList(buffer.subarray(2, 8)).get('VERIFY_PIN_DIRECT')).toBe(0x42000d48);
  });

  it.each([
    ['a length other than 4', '06 02 42 33'],
    ['a truncated entry', '06 04 42 33 00'],
    ['a lone tag', '06 04 42 33 00 06 07'],
  ])('throws Part10ParseError on %s', (_what, bytes) => {
    expect(() => parseFeatureList(hex(bytes))).toThrow(Part10ParseError);
  });
});
