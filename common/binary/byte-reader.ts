import { ParseError } from './parse-error.ts';

/**
 * A cursor over a `Uint8Array` for parsers (after pg-protocol's buffer reader): every read
 * checks bounds and throws a {@link ParseError} naming the structure, so parsers never index
 * past the end or return sentinels.
 */
export class ByteReader {
  readonly bytes: Uint8Array;
  readonly structure: string;
  #offset = 0;

  constructor(bytes: Uint8Array, structure: string) {
    this.bytes = bytes;
    this.structure = structure;
  }

  /** Offset of the next byte to read. */
  get offset(): number {
    return this.#offset;
  }

  /** Bytes left after the cursor. */
  get remaining(): number {
    return this.bytes.length - this.#offset;
  }

  /** True when every byte has been read. */
  get atEnd(): boolean {
    return this.#offset >= this.bytes.length;
  }

  /** The next byte without consuming it. */
  peek(): number {
    this.#require(1);
    return this.bytes[this.#offset] as number;
  }

  /** One unsigned byte. */
  u8(): number {
    this.#require(1);
    return this.bytes[this.#offset++] as number;
  }

  /** Two bytes, big-endian. */
  u16(): number {
    const high = this.u8();
    return (high << 8) | this.u8();
  }

  /** The next `length` bytes (a view, not a copy). */
  take(length: number): Uint8Array {
    this.#require(length);
    const view = this.bytes.subarray(this.#offset, this.#offset + length);
    this.#offset += length;
    return view;
  }

  /** Skips `length` bytes. */
  skip(length: number): void {
    this.#require(length);
    this.#offset += length;
  }

  /** A {@link ParseError} at the cursor for this structure. */
  error(problem: string, offset = this.#offset): ParseError {
    return new ParseError(this.structure, offset, problem);
  }

  #require(length: number): void {
    if (length < 0 || this.#offset + length > this.bytes.length) {
      throw this.error(`needs ${length} more byte(s), ${this.remaining} left`);
    }
  }
}
