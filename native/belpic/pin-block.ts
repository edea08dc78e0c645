import { BelpicError } from './belpic-error.ts';

/** PIN length limits every host applies (AODF minLength 4; max 12 hard-coded, §2.3, §6.1). */
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 12;

/**
 * The 8-byte format-2 PIN block (ISO 9564 format 2 / GlobalPlatform; RM17 §3.2, RM18 §3.2,
 * belpic-protocol.md §6.1), by nibble: `2 L P P P P P/F … F F`, L = number of digits,
 * unused nibbles F. `pin` holds ASCII digits. The returned block is the caller's to zero-fill.
 * Throws `invalid-pin-format` (which never says what the PIN was) for anything but 4–12 digits.
 */
export function formatTwoPinBlock(pin: Uint8Array): Uint8Array {
  if (pin.length < PIN_MIN_DIGITS || pin.length > PIN_MAX_DIGITS) {
    throw new BelpicError('invalid-pin-format', { operation: 'VERIFY' });
  }
  const block = new Uint8Array(8).fill(0xff);
  block[0] = 0x20 | pin.length;
  for (let i = 0; i < pin.length; i++) {
    const digit = (pin[i] as number) - 0x30;
    if (digit < 0 || digit > 9) {
      block.fill(0);
      throw new BelpicError('invalid-pin-format', { operation: 'VERIFY' });
    }
    const index = 1 + (i >> 1);
    const shift = i % 2 === 0 ? 4 : 0;
    block[index] = ((block[index] as number) & ~(0x0f << shift)) | (digit << shift);
  }
  return block;
}

/** The pinpad template block `20 FF FF FF FF FF FF FF` (length 0, all digits to fill; §6.4). */
export function pinpadTemplateBlock(): Uint8Array {
  return Uint8Array.of(0x20, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
}
