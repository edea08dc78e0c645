/**
 * Parses hex as the specification prints it (`"3F 00 DF 01"`, any separators); throws on an
 * odd number of digits so a typo in a test vector cannot pass silently.
 */
export function hex(text: string): Uint8Array {
  const digits = text.replace(/[^0-9a-f]/gi, '');
  if (digits.length % 2 !== 0) throw new Error(`odd number of hex digits in '${text}'`);
  return Uint8Array.from(digits.match(/../g) ?? [], (b) => parseInt(b, 16));
}

/** Upper-case hex with a space between bytes, as the specification prints APDUs. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}
