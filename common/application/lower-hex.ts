import { toHex } from '../binary/hex.ts';

/** Lower-case hex without separators: the form of every hash and the chip number in the application. */
export function toLowerHex(bytes: Uint8Array): string {
  return toHex(bytes).toLowerCase();
}
