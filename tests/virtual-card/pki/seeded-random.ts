import { createHmac } from 'node:crypto';

/**
 * A deterministic byte stream. Two streams built from the same seed and label yield the
 * same bytes; any other label yields an independent stream.
 */
export interface SeededRandom {
  /** The next `length` bytes of the stream. */
  nextBytes(length: number): Uint8Array;
}

/** SHA-256 output size: each counter step yields one block of this many bytes. */
const BLOCK_LENGTH = 32;

/**
 * Creates a deterministic byte stream: HMAC-SHA-256 in counter mode, keyed with the seed.
 *
 * Block `i` is `HMAC-SHA-256(key = UTF-8(seed), uint32be(len(label)) ‖ UTF-8(label) ‖ uint64be(i))`.
 * The length prefix keeps `(label, counter)` pairs unambiguous, so different labels give
 * independent streams. This is test-key material only: it is deterministic on purpose.
 */
export function createSeededRandom(seed: string, label: string): SeededRandom {
  const labelBytes = Buffer.from(label, 'utf8');
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32BE(labelBytes.length);
  let counter = 0n;
  let pending: Buffer = Buffer.alloc(0);

  const nextBlock = (): Buffer => {
    const counterBytes = Buffer.alloc(8);
    counterBytes.writeBigUInt64BE(counter);
    counter += 1n;
    return createHmac('sha256', Buffer.from(seed, 'utf8'))
      .update(prefix)
      .update(labelBytes)
      .update(counterBytes)
      .digest();
  };

  return {
    nextBytes(length: number): Uint8Array {
      if (!Number.isInteger(length) || length < 0) {
        throw new RangeError(`invalid byte count ${length}`);
      }
      const blocks: Buffer[] = [pending];
      let available = pending.length;
      while (available < length) {
        const block = nextBlock();
        blocks.push(block);
        available += BLOCK_LENGTH;
      }
      const all = Buffer.concat(blocks);
      pending = all.subarray(length);
      return new Uint8Array(all.subarray(0, length));
    },
  };
}
