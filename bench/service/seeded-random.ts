import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { RandomSource } from '../../server/platform/random.ts';

/**
 * A SHA-256 counter DRBG: block i = SHA-256(key ‖ i), key = SHA-256(seed ‖ "/" ‖ stream).
 * Deterministic and uniform enough for ids, nonces and codes in a benchmark; never for
 * production secrets.
 */
class CounterStream {
  readonly #key: Buffer;
  #counter = 0;
  #pool = Buffer.alloc(0);

  constructor(seed: string, stream: string) {
    this.#key = createHash('sha256').update(`${seed}/${stream}`).digest();
  }

  bytes(length: number): Uint8Array {
    while (this.#pool.length < length) {
      const counter = Buffer.alloc(8);
      counter.writeBigUInt64BE(BigInt(this.#counter++));
      const block = createHash('sha256').update(this.#key).update(counter).digest();
      this.#pool = Buffer.concat([this.#pool, block]);
    }
    const out = new Uint8Array(this.#pool.subarray(0, length));
    this.#pool = this.#pool.subarray(length);
    return out;
  }

  /** Uniform in [0, max) by rejection sampling on 32-bit draws. */
  int(max: number): number {
    if (!Number.isInteger(max) || max <= 0 || max > 2 ** 32) throw new RangeError(`bad max ${max}`);
    const limit = Math.floor(2 ** 32 / max) * max;
    for (;;) {
      const value = Buffer.from(this.bytes(4)).readUInt32BE(0);
      if (value < limit) return value % max;
    }
  }
}

/**
 * The service's randomness, replayable per registration: every registration runs inside
 * {@link SeededRandom.run} with its own stream name, and draws from that stream only. The
 * server then issues the same enrolment id, code, poll token, session ids and nonce to a
 * registration whatever else runs concurrently and in whichever process, so registrations
 * signed once (phase 1) verify when replayed (phase 2). Draws outside any registration (none
 * are expected) come from a shared fallback stream and are counted.
 */
export class SeededRandom implements RandomSource {
  readonly #seed: string;
  readonly #current = new AsyncLocalStorage<CounterStream>();
  readonly #fallback: CounterStream;
  /** Draws made outside a registration. */
  strayDraws = 0;

  constructor(seed: string) {
    this.#seed = seed;
    this.#fallback = new CounterStream(seed, 'fallback');
  }

  /** Runs `fn` with the stream `stream` (a fresh stream each call: replays start from its beginning). */
  run<T>(stream: string, fn: () => Promise<T>): Promise<T> {
    return this.#current.run(new CounterStream(this.#seed, stream), fn);
  }

  #stream(): CounterStream {
    const stream = this.#current.getStore();
    if (stream !== undefined) return stream;
    this.strayDraws++;
    return this.#fallback;
  }

  bytes(length: number): Uint8Array {
    return this.#stream().bytes(length);
  }

  int(max: number): number {
    return this.#stream().int(max);
  }
}
