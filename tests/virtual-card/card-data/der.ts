/**
 * A minimal DER encoder (X.690 §8, §10) for the PKCS#15 files the emulator writes. It is the
 * emulator's own, independent of the code under test in common/ and native/.
 */
export type Der = Uint8Array;

export { hex } from '../../support/hex.ts';

/** Tag ‖ length ‖ value, definite length in short or long form (X.690 §8.1.3). */
export function tlv(tag: number, ...parts: Der[]): Der {
  const value = concat(...parts);
  const n = value.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return concat(Uint8Array.of(tag, ...length), value);
}

/** SEQUENCE (0x30). */
export const seq = (...parts: Der[]): Der => tlv(0x30, ...parts);
/** UTF8String (0x0C). */
export const utf8 = (s: string): Der => tlv(0x0c, new TextEncoder().encode(s));
/** OCTET STRING (0x04). */
export const octets = (...bytes: number[]): Der => tlv(0x04, Uint8Array.from(bytes));
/** BOOLEAN TRUE (0x01 0x01 0xFF). */
export const booleanTrue = (): Der => tlv(0x01, Uint8Array.of(0xff));
/** BIT STRING (0x03) with an explicit unused-bits count, as the PKCS#15 flags are written. */
export const bits = (unused: number, ...bytes: number[]): Der => tlv(0x03, Uint8Array.of(unused, ...bytes));
/** INTEGER (0x02) from raw content bytes. */
export const integer = (...bytes: number[]): Der => tlv(0x02, Uint8Array.from(bytes));

/** Concatenates byte arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Pads `content` with zero bytes up to `size`. */
export function zeroPad(content: Uint8Array, size: number): Uint8Array {
  if (content.length > size) throw new Error(`content of ${content.length} bytes exceeds ${size}`);
  const out = new Uint8Array(size);
  out.set(content);
  return out;
}
