import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../common/binary/parse-error.ts';
import { decodeBase64 } from '../../../../common/pki/base64.ts';
import { decodeStrictBase64 } from '../../../../server/verification/strict-base64.ts';

/** What the API accepted before (server/http/decode.ts): the alphabet regex, then common's decoder. */
function reference(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  try {
    return decodeBase64(text);
  } catch (error) {
    if (error instanceof ParseError) return undefined;
    throw error;
  }
}

describe('decodeStrictBase64: exactly the API’s base64 (regex + common decodeBase64), via Buffer', () => {
  it('agrees on the edge cases', () => {
    const cases = [
      '',
      'QQ==',
      'QUI=',
      'QUJD',
      'QR==',
      'QUJ=',
      'QQ',
      'QQ=',
      'QUI',
      'Q',
      'QQ===',
      '=QQ=',
      'Q=Q=',
      'QQ==QQ==',
      'QUJD\n',
      ' QUJD',
      'QU JD',
      'QUJD\r\n',
      'QUJ-',
      'QUJ_',
      'QUJD====',
      '====',
      'AA==',
      'AAA=',
      'AAAA',
      '////',
      '++++',
      'A===',
      'AB==',
      'ABC=',
      'ABCD',
      'é===',
    ];
    for (const text of cases) expect(decodeStrictBase64(text), JSON.stringify(text)).toEqual(reference(text));
  });

  it('agrees on 20 000 random strings over the alphabet, padding and a few strangers', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n -_';
    let state = 7;
    const next = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    for (let round = 0; round < 20_000; round++) {
      const bytes = Buffer.from(Array.from({ length: next(12) }, () => next(256)));
      let text = bytes.toString('base64');
      if (next(2) === 0) {
        const chars = [...text];
        chars[next(chars.length + 1)] = alphabet[next(alphabet.length)]!;
        text = chars.join('');
      }
      expect(decodeStrictBase64(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('returns a fresh array, not a view of Buffer’s pool', () => {
    const bytes = decodeStrictBase64('QUJD')!;
    expect(bytes).toEqual(new Uint8Array([0x41, 0x42, 0x43]));
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(3);
  });
});
