import type { CardChannel } from './card-channel.ts';
import { BelpicError } from './belpic-error.ts';
import { commandExpecting } from './apdu/command-apdu.ts';
import { concatBytes, exchange } from './apdu/exchange.ts';
import { interpretStatusWord, statusError } from './status-words.ts';

/** Largest Le of a short READ BINARY: `00` = 256 on 1.7 and 1.8 (RM17 §6.4, RM18 §6.7; §3.1). */
export const MAX_READ_LENGTH = 256;

/** READ BINARY `00 B0 OFF_H OFF_L Le`; P1 bit 8 must stay 0, so offsets are below 32768 (§3.1). */
export function readBinaryCommand(offset: number, le: number): Uint8Array {
  if (offset < 0 || offset > 0x7fff) throw new RangeError('READ BINARY offset must be below 32768');
  return commandExpecting({ cla: 0x00, ins: 0xb0, p1: offset >> 8, p2: offset & 0xff }, le);
}

/**
 * One READ BINARY at `offset` asking `le` bytes. Resolves with the bytes, empty at end of
 * file (6B00). A 6Cxx answer has already been re-read with the exact Le by `exchange`.
 */
export async function readChunk(
  channel: CardChannel,
  offset: number,
  le: number,
  name: string,
): Promise<Uint8Array> {
  if (offset > 0x7fff) throw new BelpicError('malformed-response', { operation: `READ BINARY ${name}` });
  const response = await exchange(channel, readBinaryCommand(offset, le), `READ BINARY ${name}`);
  const outcome = interpretStatusWord(response.sw);
  if (outcome.kind === 'wrong-parameters') return new Uint8Array(0);
  if (outcome.kind !== 'ok') throw statusError(response.sw, `READ BINARY ${name}`);
  if (response.data.length > le)
    throw new BelpicError('malformed-response', { operation: `READ BINARY ${name}` });
  return response.data;
}

/**
 * Reads the selected EF to its end (§3.1): full blocks until a short block (after the card's
 * 6Cxx, or a reader that handled it) or 6B00 at the end. There is no FCI, so the end is only
 * learnt this way.
 */
export async function readToEnd(channel: CardChannel, name: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (;;) {
    const chunk = await readChunk(channel, offset, MAX_READ_LENGTH, name);
    parts.push(chunk);
    offset += chunk.length;
    if (chunk.length < MAX_READ_LENGTH) return concatBytes(parts);
  }
}

/**
 * Reads a DER object stored in a zero-padded file (certificates, the 1.8 basic key): the
 * first block gives the DER length, then exactly the rest is read, so the 50–1100 padding
 * bytes never cross the wire (§3.2). Resolves undefined when the file starts with 00 (a
 * zero-filled file: no certificate, e.g. a Kids-ID, §2.1).
 */
export async function readDerObject(channel: CardChannel, name: string): Promise<Uint8Array | undefined> {
  const first = await readChunk(channel, 0, MAX_READ_LENGTH, name);
  if (first.length === 0 || first[0] === 0x00) return undefined;
  const total = derTotalLength(first, name);
  const parts = [first.subarray(0, Math.min(first.length, total))];
  let offset = parts[0]!.length;
  while (offset < total) {
    if (first.length < MAX_READ_LENGTH) throw new BelpicError('malformed-response', { operation: name });
    const chunk = await readChunk(channel, offset, Math.min(MAX_READ_LENGTH, total - offset), name);
    if (chunk.length === 0) throw new BelpicError('malformed-response', { operation: name });
    parts.push(chunk);
    offset += chunk.length;
  }
  return concatBytes(parts);
}

/** Total length (header + content) of the DER object starting `bytes` (X.690 §8.1.3). */
function derTotalLength(bytes: Uint8Array, name: string): number {
  if (bytes[0] !== 0x30 || bytes.length < 2) throw new BelpicError('malformed-response', { operation: name });
  const first = bytes[1] as number;
  if (first < 0x80) return first + 2;
  const count = first & 0x7f;
  if (count < 1 || count > 2 || bytes.length < 2 + count) {
    throw new BelpicError('malformed-response', { operation: name });
  }
  let length = 0;
  for (let i = 0; i < count; i++) length = (length << 8) | (bytes[2 + i] as number);
  return 2 + count + length;
}
