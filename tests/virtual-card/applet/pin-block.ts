/**
 * Decodes an ISO 9564 format-2 PIN block as the card checks it (RM17/RM18 §3.2,
 * belpic-protocol.md §6.1): 8 bytes, nibbles `2 L P P P P P/F … F F`, L = number of digits
 * 4..12, unused digit nibbles F, the last two nibbles always F.
 * Returns the digits, or undefined when the block is malformed (the card answers 6A80).
 */
export function decodeFormat2PinBlock(block: Uint8Array): string | undefined {
  if (block.length !== 8) return undefined;
  const nibbles: number[] = [];
  for (const byte of block) nibbles.push(byte >> 4, byte & 0x0f);
  const [control, length] = nibbles as [number, number];
  if (control !== 2 || length < 4 || length > 12) return undefined;
  const digits = nibbles.slice(2, 2 + length);
  const filler = nibbles.slice(2 + length);
  if (digits.some((d) => d > 9) || filler.some((f) => f !== 0x0f)) return undefined;
  return digits.join('');
}
