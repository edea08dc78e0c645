import { MAX_DEPTH } from './byte-codec.ts';

/**
 * Zero-fills every `Uint8Array` inside `value` (nested objects and arrays, at most
 * {@link MAX_DEPTH} deep). The server calls it on an argument it refuses, so that bytes no
 * handler will ever own (a PIN of the wrong length, sent to the wrong method) do not linger
 * until garbage collection (architecture.md "PIN bytes").
 */
export function wipeRefusedBytes(value: unknown, depth = 0): void {
  if (value instanceof Uint8Array) {
    value.fill(0);
  } else if (typeof value === 'object' && value !== null && depth < MAX_DEPTH) {
    for (const item of Object.values(value)) wipeRefusedBytes(item, depth + 1);
  }
}
