/**
 * Upper-case hexadecimal without separators (`534C494E…`), the form in which
 * belpic-protocol.md prints chip serials and hashes.
 */
export function toHex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text.toUpperCase();
}
