import { describe, expect, it } from 'vitest';
import { decodeBase64Field, decodeDerField } from '../../../../server/http/decode.ts';
import { digestsEqual } from '../../../../server/security/hashes.ts';

const codeOf = (action: () => unknown): string | undefined => {
  try {
    action();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('decoding request fields', () => {
  it('decodes padded standard base64', () => {
    expect(decodeBase64Field('AQID')).toEqual(new Uint8Array([1, 2, 3]));
    expect(decodeBase64Field('AQ==')).toEqual(new Uint8Array([1]));
  });

  it.each(['AQ', 'AQ=', 'A Q==', 'AQ==\n', '-_==', 'AQ==AQ==', 'AR=='])(
    'refuses %j as malformed-base64',
    (text) => {
      expect(codeOf(() => decodeBase64Field(text))).toBe('malformed-base64');
    },
  );

  it('accepts one whole DER SEQUENCE, refuses anything else as malformed-der', () => {
    const der = (...bytes: number[]) => Buffer.from(bytes).toString('base64');
    expect(decodeDerField(der(0x30, 0x00))).toEqual(new Uint8Array([0x30, 0x00]));
    for (const bad of [
      der(0x02, 0x01, 0x00),
      der(0x30, 0x02, 0x00),
      der(0x30, 0x00, 0x00),
      der(0x30, 0x80),
    ]) {
      expect(codeOf(() => decodeDerField(bad))).toBe('malformed-der');
    }
  });
});

describe('digestsEqual', () => {
  it('compares hex digests', () => {
    expect(digestsEqual('ab'.repeat(32), 'ab'.repeat(32))).toBe(true);
    expect(digestsEqual('ab'.repeat(32), 'ac'.repeat(32))).toBe(false);
    expect(digestsEqual('ab', 'ab'.repeat(32))).toBe(false);
  });
});
