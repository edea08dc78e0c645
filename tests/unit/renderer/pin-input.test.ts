import { describe, expect, it } from 'vitest';
import { isPinComplete, pinBytes, shapePinInput } from '../../../renderer/src/shape/pin-input.ts';

describe('PIN field shaping (registration-flow.md step 3)', () => {
  it('keeps digits only, at most 12', () => {
    expect(shapePinInput('12a3 4')).toBe('1234');
    expect(shapePinInput('1234567890123456')).toBe('123456789012');
    expect(shapePinInput('١٢٣٤')).toBe(''); // other scripts' digits are not card PIN digits
  });

  it('is complete from 4 to 12 digits', () => {
    expect(isPinComplete('123')).toBe(false);
    expect(isPinComplete('1234')).toBe(true);
    expect(isPinComplete('123456789012')).toBe(true);
    expect(isPinComplete('1234567890123')).toBe(false);
    expect(isPinComplete('12a4')).toBe(false);
  });

  it('builds ASCII digit bytes for submitPin', () => {
    expect([...pinBytes('0429')]).toEqual([0x30, 0x34, 0x32, 0x39]);
  });

  it('refuses a PIN of the wrong shape without echoing it', () => {
    expect(() => pinBytes('987')).toThrow(RangeError);
    try {
      pinBytes('98x7');
    } catch (error) {
      expect(String(error)).not.toContain('98x7');
    }
  });
});
