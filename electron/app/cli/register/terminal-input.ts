import type { Readable } from 'node:stream';

/** Why a read ended without an answer. */
export class InputEnded extends Error {
  constructor() {
    super('input ended');
    this.name = 'InputEnded';
  }
}

/** The readable side of a terminal: `process.stdin`, or a fake with the same shape in tests. */
export interface TerminalReadable extends Readable {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The bytes typed into a terminal (or piped in), as lines or single bytes, without ever turning
 * them into a string on the way: a PIN read here exists only in `Uint8Array`s that are
 * zero-filled once consumed (architecture.md, "PIN bytes live in a Uint8Array"). Chunks from the
 * stream are copied in and zero-filled at once; consumed bytes are zero-filled in the queue.
 * One reader at a time (the prompt layer asks one question at a time).
 */
export class TerminalInput {
  readonly stream: TerminalReadable;
  #queue = new Uint8Array(256);
  #length = 0;
  #ended = false;
  #wake: (() => void) | undefined;
  readonly #onData = (chunk: Buffer | string): void => {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    this.#append(bytes);
    bytes.fill(0);
    this.#notify();
  };
  readonly #onEnd = (): void => {
    this.#ended = true;
    this.#notify();
  };

  constructor(stream: TerminalReadable) {
    this.stream = stream;
    stream.on('data', this.#onData);
    stream.on('end', this.#onEnd);
    stream.on('close', this.#onEnd);
  }

  /** A terminal the person types into (raw mode and masking possible), not a pipe or file. */
  get interactive(): boolean {
    return this.stream.isTTY === true && typeof this.stream.setRawMode === 'function';
  }

  /**
   * The next line without its `\n` (and a `\r` before it), as bytes the caller must zero-fill.
   * At the end of input, the last unterminated line; after that, rejects with {@link InputEnded}.
   */
  async readLine(signal?: AbortSignal): Promise<Uint8Array> {
    for (;;) {
      signal?.throwIfAborted();
      const end = this.#queue.subarray(0, this.#length).indexOf(LF);
      if (end >= 0) {
        const line = this.#take(end + 1);
        const keep = line.length - 1 - (line[line.length - 2] === CR ? 1 : 0);
        const copy = line.slice(0, keep);
        line.fill(0);
        return copy;
      }
      if (this.#ended) {
        if (this.#length === 0) throw new InputEnded();
        return this.#take(this.#length);
      }
      await this.#changed(signal);
    }
  }

  /** The next byte (a key in raw mode); rejects with {@link InputEnded} at the end. */
  async readByte(signal?: AbortSignal): Promise<number> {
    for (;;) {
      signal?.throwIfAborted();
      if (this.#length > 0) {
        const taken = this.#take(1);
        const byte = taken[0]!;
        taken.fill(0);
        return byte;
      }
      if (this.#ended) throw new InputEnded();
      await this.#changed(signal);
    }
  }

  /** The next byte if one is queued already (the rest of a key's escape sequence), else undefined. */
  peekByte(): number | undefined {
    return this.#length > 0 ? this.#queue[0] : undefined;
  }

  /** Stops listening, zero-fills what was not read and lets the process exit. */
  close(): void {
    this.stream.off('data', this.#onData);
    this.stream.off('end', this.#onEnd);
    this.stream.off('close', this.#onEnd);
    this.stream.pause();
    this.#queue.fill(0);
    this.#length = 0;
    this.#ended = true;
    this.#notify();
  }

  #append(bytes: Uint8Array): void {
    if (this.#length + bytes.length > this.#queue.length) {
      const bigger = new Uint8Array(Math.max(this.#queue.length * 2, this.#length + bytes.length));
      bigger.set(this.#queue.subarray(0, this.#length));
      this.#queue.fill(0);
      this.#queue = bigger;
    }
    this.#queue.set(bytes, this.#length);
    this.#length += bytes.length;
  }

  /** Removes the first `count` bytes: a copy for the caller, the queue shifted and its tail zeroed. */
  #take(count: number): Uint8Array {
    const taken = this.#queue.slice(0, count);
    this.#queue.copyWithin(0, count, this.#length);
    this.#queue.fill(0, this.#length - count, this.#length);
    this.#length -= count;
    return taken;
  }

  #changed(signal: AbortSignal | undefined): Promise<void> {
    this.stream.resume();
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        this.#wake = undefined;
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#wake = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
    });
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
