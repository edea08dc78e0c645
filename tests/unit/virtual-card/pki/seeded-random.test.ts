import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../virtual-card/pki/seeded-random.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('createSeededRandom', () => {
  it('yields the same bytes for the same seed and label', () => {
    // Arrange
    const a = createSeededRandom('seed', 'label');
    const b = createSeededRandom('seed', 'label');
    // Act / Assert
    expect(hex(a.nextBytes(100))).toBe(hex(b.nextBytes(100)));
  });

  it('gives independent streams for different labels and seeds', () => {
    const base = hex(createSeededRandom('seed', 'label').nextBytes(64));
    expect(hex(createSeededRandom('seed', 'label2').nextBytes(64))).not.toBe(base);
    expect(hex(createSeededRandom('seed2', 'label').nextBytes(64))).not.toBe(base);
  });

  it('does not confuse seed and label boundaries', () => {
    const a = hex(createSeededRandom('ab', 'c').nextBytes(32));
    const b = hex(createSeededRandom('a', 'bc').nextBytes(32));
    expect(a).not.toBe(b);
  });

  it('is the same stream however the reads are split (start, middle and end of a block)', () => {
    const whole = hex(createSeededRandom('s', 'l').nextBytes(100));
    for (const sizes of [
      [1, 99],
      [31, 1, 68],
      [32, 32, 36],
      [33, 0, 67],
      [5, 40, 55],
    ]) {
      const random = createSeededRandom('s', 'l');
      expect(sizes.map((n) => hex(random.nextBytes(n))).join('')).toBe(whole);
    }
  });

  it('matches an HMAC-SHA-256 counter-mode block computed independently', async () => {
    const { createHmac } = await import('node:crypto');
    // Block 0 = HMAC(key = seed, uint32be(len(label)) ‖ label ‖ uint64be(0)).
    const expected = createHmac('sha256', 'seed')
      .update(Buffer.from('00000003', 'hex'))
      .update('abc')
      .update(Buffer.alloc(8))
      .digest('hex');
    expect(hex(createSeededRandom('seed', 'abc').nextBytes(32))).toBe(expected);
  });

  it('rejects negative or fractional lengths', () => {
    const random = createSeededRandom('s', 'l');
    expect(() => random.nextBytes(-1)).toThrow(RangeError);
    expect(() => random.nextBytes(1.5)).toThrow(RangeError);
  });
});
