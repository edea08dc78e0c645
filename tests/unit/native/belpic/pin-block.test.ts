import { describe, expect, it } from 'vitest';
import { BelpicError } from '../../../../native/belpic/belpic-error.ts';
import { formatTwoPinBlock, pinpadTemplateBlock } from '../../../../native/belpic/pin-block.ts';
import { hex, toHex } from '../../../support/hex.ts';
import { pinDigits } from './scripted.ts';

describe('format-2 PIN block (belpic-protocol.md §6.1)', () => {
  it.each([
    ['1234', '24 12 34 FF FF FF FF FF'],
    ['12345', '25 12 34 5F FF FF FF FF'],
    ['123456789012', '2C 12 34 56 78 90 12 FF'],
    ['0000', '24 00 00 FF FF FF FF FF'],
  ])('encodes %s as the table in the spec', (pin, expected) => {
    expect(toHex(formatTwoPinBlock(pinDigits(pin)))).toBe(toHex(hex(expected)));
  });

  it.each(['123', '1234567890123', '12a4', '12 34', ''])('refuses %j without saying what it was', (pin) => {
    let error: unknown;
    try {
      formatTwoPinBlock(pinDigits(pin));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BelpicError);
    expect((error as BelpicError).code).toBe('invalid-pin-format');
    if (pin.length >= 2) expect((error as BelpicError).message).not.toContain(pin.slice(0, 2));
  });

  it('has the pinpad template 20 FF×7 (§6.4)', () => {
    expect(toHex(pinpadTemplateBlock())).toBe('20 FF FF FF FF FF FF FF');
  });
});
