import { describe, expect, it } from 'vitest';
import { toHex } from '../../../../common/binary/hex.ts';

describe('toHex', () => {
  it('writes two upper-case digits per byte, zero padded, no separators', () => {
    expect(toHex(Uint8Array.of(0x53, 0x4c, 0x00, 0x0f, 0xab, 0xff))).toBe('534C000FABFF');
  });

  it('writes nothing for no bytes', () => {
    expect(toHex(new Uint8Array(0))).toBe('');
  });

  it('agrees with Node for every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);

    expect(toHex(all)).toBe(Buffer.from(all).toString('hex').toUpperCase());
  });
});
