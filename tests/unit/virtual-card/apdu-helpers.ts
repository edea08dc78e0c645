import { hex } from '../../support/hex.ts';
/**
 * Shared helpers for the virtual-card unit tests: hex parsing, one-APDU exchange with the
 * status word split off, and the host-side READ BINARY loop of belpic-protocol.md §3.1/§12.1
 * (Le F8, `6Cxx` → exact re-read, `6B00` or a short block → end of file).
 */
import { buildCardImage, VirtualCard, type CardImage } from '../../virtual-card/index.ts';

/** Upper-case hex without separators, for compact assertions. */
export function hexOf(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
}

/** ASCII text as bytes (for the strings the spec prints between quotes). */
export function ascii(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Concatenation of byte arrays (the emulator's own helper; nothing under test). */
import { concat } from '../../virtual-card/card-data/der.ts';

export { concat, hex };

/** One response APDU: data, and the status word as 4 upper-case hex digits (`'9000'`). */
export interface Response {
  readonly data: Uint8Array;
  readonly sw: string;
  readonly sw1: number;
  readonly sw2: number;
}

/** Anything with the card's transmit signature (VirtualCard, InProcessCardChannel). */
export interface Transmitter {
  transmit(apdu: Uint8Array): Promise<Uint8Array>;
}

/** Sends one APDU (hex text or bytes) and splits the answer into data and status word. */
export async function send(card: Transmitter, apdu: string | Uint8Array): Promise<Response> {
  const response = await card.transmit(typeof apdu === 'string' ? hex(apdu) : apdu);
  if (response.length < 2) throw new Error(`response shorter than a status word: ${hexOf(response)}`);
  const sw1 = response[response.length - 2]!;
  const sw2 = response[response.length - 1]!;
  return { data: response.subarray(0, response.length - 2), sw: hexOf(Uint8Array.of(sw1, sw2)), sw1, sw2 };
}

/** Sends a command and returns only its status word. */
export async function sw(card: Transmitter, apdu: string | Uint8Array): Promise<string> {
  return (await send(card, apdu)).sw;
}

/** A file path as FIDs, e.g. `'3F00 DF01 4031'` or `'DF01 4031'`. */
function pathBytes(path: string): Uint8Array {
  const bytes = hex(path);
  if (bytes.length === 0 || bytes.length % 2 !== 0) throw new Error(`bad path '${path}'`);
  return bytes;
}

/** SELECT by path, host form with the MF (`00 A4 08 0C Lc 3F00 …`, §2.2). Returns the SW. */
export async function selectPath(card: Transmitter, path: string): Promise<string> {
  const bytes = pathBytes(path);
  return sw(card, concat(hex('00 A4 08 0C'), Uint8Array.of(bytes.length), bytes));
}

/** READ BINARY at `offset` with `le` (0 = 256). */
export function readBinary(card: Transmitter, offset: number, le: number): Promise<Response> {
  return send(card, Uint8Array.of(0x00, 0xb0, offset >> 8, offset & 0xff, le & 0xff));
}

/** Reads the current EF to its end with the recommended loop (Le F8, §3.1). */
export async function readCurrentFile(card: Transmitter, blockSize = 0xf8): Promise<Uint8Array> {
  const blocks: Uint8Array[] = [];
  let offset = 0;
  for (;;) {
    let r = await readBinary(card, offset, blockSize);
    if (r.sw1 === 0x6c) r = await readBinary(card, offset, r.sw2);
    if (r.sw === '6B00') break;
    if (r.sw !== '9000') throw new Error(`READ BINARY at ${offset} answered ${r.sw}`);
    blocks.push(r.data.slice());
    offset += r.data.length;
    if (r.data.length < (blockSize || 256)) break;
  }
  return concat(...blocks);
}

/** SELECT (path with 3F00) + READ BINARY loop; throws when the SELECT fails. */
export async function readFile(card: Transmitter, path: string): Promise<Uint8Array> {
  const status = await selectPath(card, path);
  if (status !== '9000') throw new Error(`SELECT ${path} answered ${status}`);
  return readCurrentFile(card);
}

const images = new Map<string, CardImage>();

/** The card image `id` with the default seed, built once per test file. */
export function image(id: string): CardImage {
  let found = images.get(id);
  if (!found) {
    found = buildCardImage(id);
    images.set(id, found);
  }
  return found;
}

/** A fresh virtual card (new session, PIN 1234 unless given) over the shared image `id`. */
export function newCard(id: string, pin?: string): VirtualCard {
  return new VirtualCard(image(id), pin === undefined ? {} : { pin });
}

/** Trims a DER object (certificate, signature) to its encoded length: strips the file's zero padding. */
export function derObject(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0x30) throw new Error(`not a DER SEQUENCE: first byte ${bytes[0]}`);
  const first = bytes[1]!;
  if (first < 0x80) return bytes.subarray(0, 2 + first);
  const count = first & 0x7f;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + bytes[2 + i]!;
  return bytes.subarray(0, 2 + count + length);
}

/** The bytes after `from` are all zero. */
export function isZeroFrom(bytes: Uint8Array, from: number): boolean {
  return bytes.subarray(from).every((b) => b === 0);
}

/** The bytes with trailing zeros removed (§5.1 "strip trailing zero bytes"). */
export function stripTrailingZeros(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return bytes.subarray(0, end);
}

/** PIN blocks quoted from §6.1 / §6.2. */
export const PIN_1234 = '24 12 34 FF FF FF FF FF';
/** A wrong PIN for cards with PIN 1234 (format 2, 4 digits 1111). */
export const PIN_1111 = '24 11 11 FF FF FF FF FF';
export const VERIFY_1234 = `00 20 00 01 08 ${PIN_1234}`;
export const VERIFY_WRONG = `00 20 00 01 08 ${PIN_1111}`;
export const EMPTY_VERIFY = '00 20 00 01';
export const LOG_OFF = '80 E6 00 00';
