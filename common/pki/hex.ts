/** Upper-case hex of `bytes`, no separators (the fingerprint format of `belgian-roots.ts`). */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).toUpperCase().padStart(2, '0');
  return out;
}
