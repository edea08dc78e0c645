/**
 * The PIN field's shaping (registration-flow.md step 3; architecture.md "The renderer ... gets
 * the PIN only as the text field the person types into"): digits only, 4 to 12 of them. The
 * digits stay in the input until submit; {@link pinBytes} builds the ASCII buffer that
 * `WizardRemote.submitPin` sends and zero-fills.
 */

/** Fewest digits of a Belgian eID PIN. */
export const PIN_MIN_DIGITS = 4;
/** Most digits of a Belgian eID PIN. */
export const PIN_MAX_DIGITS = 12;

/** What was typed with every non-digit removed, cut at {@link PIN_MAX_DIGITS}. */
export function shapePinInput(raw: string): string {
  return raw.replace(/[^0-9]/g, '').slice(0, PIN_MAX_DIGITS);
}

/** Whether `digits` (already shaped) can be sent. */
export function isPinComplete(digits: string): boolean {
  return /^[0-9]+$/.test(digits) && digits.length >= PIN_MIN_DIGITS && digits.length <= PIN_MAX_DIGITS;
}

/**
 * The PIN as ASCII digit bytes, for one `submitPin` call (which zero-fills it). Throws on
 * anything but 4–12 digits, without echoing the input.
 */
export function pinBytes(digits: string): Uint8Array {
  if (!isPinComplete(digits)) throw new RangeError('A PIN has 4 to 12 digits.');
  const bytes = new Uint8Array(digits.length);
  for (let index = 0; index < digits.length; index += 1) bytes[index] = digits.charCodeAt(index);
  return bytes;
}
