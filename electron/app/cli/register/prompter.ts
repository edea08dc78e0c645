import type { Writable } from 'node:stream';
import { InputEnded, type TerminalInput } from './terminal-input.ts';

/** Longest PIN the card accepts (belpic-protocol.md §6.2): more keys are ignored. */
export const MAX_PIN_DIGITS = 12;

const KEY = {
  CTRL_C: 0x03,
  CTRL_D: 0x04,
  BACKSPACE: 0x08,
  LF: 0x0a,
  CR: 0x0d,
  CTRL_U: 0x15,
  ESC: 0x1b,
  DEL: 0x7f,
} as const;

/** Ctrl-C was typed during a raw-mode prompt (the caller's `onInterrupt` has been called). */
export class PromptInterrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'PromptInterrupted';
  }
}

const isDigit = (byte: number): boolean => byte >= 0x30 && byte <= 0x39;

/**
 * The prompt layer of `eid-wizard register`: asks one question at a time on a terminal or a
 * pipe. Visible answers are echoed by the terminal itself (cooked mode), or by us when the input
 * is a pipe, so that a log of a scripted run reads like the conversation. A secret (the PIN) is
 * never echoed: on a terminal it is read in raw mode key by key, digits only, one `*` per digit;
 * from a pipe it is one line, and only a line break is written. Ctrl-C in raw mode (where the
 * terminal sends no SIGINT) calls `onInterrupt`. Words come translated from the caller.
 */
export class Prompter {
  readonly #input: TerminalInput;
  readonly #output: Writable;
  readonly #onInterrupt: () => void;
  /** A question is on screen and its answer not finished: text written now starts a new line. */
  #openLine = false;

  constructor(input: TerminalInput, output: Writable, onInterrupt: () => void) {
    this.#input = input;
    this.#output = output;
    this.#onInterrupt = onInterrupt;
  }

  /** Writes lines of text (each ending with a line break). */
  say(lines: readonly string[]): void {
    if (lines.length === 0) return;
    this.#endOpenLine();
    this.#output.write(`${lines.join('\n')}\n`);
  }

  /** Asks `question` and resolves with the trimmed answer. */
  async ask(question: string, signal?: AbortSignal): Promise<string> {
    this.#question(question);
    const line = await this.#abortable(() => this.#input.readLine(signal));
    const answer = new TextDecoder().decode(line).trim();
    line.fill(0);
    if (this.#input.interactive)
      this.#openLine = false; // the terminal echoed the line break
    else this.#endOpenLine(answer);
    return answer;
  }

  /**
   * Asks for a PIN without echo. Resolves with the bytes typed (the caller checks the shape,
   * uses them once and zero-fills them); nothing typed is ever written back.
   */
  async secret(question: string, signal?: AbortSignal): Promise<Uint8Array> {
    if (this.#input.interactive) return this.#rawSecret(question, signal);
    this.#question(question);
    const line = await this.#abortable(() => this.#input.readLine(signal));
    this.#endOpenLine();
    return line;
  }

  async #rawSecret(question: string, signal: AbortSignal | undefined): Promise<Uint8Array> {
    const stream = this.#input.stream;
    const digits = new Uint8Array(MAX_PIN_DIGITS);
    let count = 0;
    // Echo off before the question shows: a digit typed the moment it appears must not be
    // echoed by the terminal.
    stream.setRawMode!(true);
    try {
      this.#question(question);
      for (;;) {
        const key = await this.#input.readByte(signal);
        if (key === KEY.CTRL_C) {
          this.#onInterrupt();
          throw new PromptInterrupted();
        }
        if (key === KEY.CTRL_D && count === 0) throw new InputEnded();
        if (key === KEY.CR || key === KEY.LF) {
          if (key === KEY.CR && this.#input.peekByte() === KEY.LF) await this.#input.readByte();
          return digits.slice(0, count);
        }
        if ((key === KEY.DEL || key === KEY.BACKSPACE) && count > 0) {
          digits[--count] = 0;
          this.#output.write('\b \b');
        } else if (key === KEY.CTRL_U) {
          this.#output.write('\b \b'.repeat(count));
          digits.fill(0);
          count = 0;
        } else if (key === KEY.ESC) {
          await this.#skipEscapeSequence();
        } else if (isDigit(key) && count < MAX_PIN_DIGITS) {
          digits[count++] = key;
          this.#output.write('*');
        }
      }
    } finally {
      digits.fill(0);
      stream.setRawMode!(false);
      this.#endOpenLine();
    }
  }

  /**
   * Drops the rest of an escape sequence (arrow keys, Home: `ESC [ 1 ~`), so that the digits in
   * it are not taken for PIN digits. Only bytes that arrived with the ESC are looked at.
   */
  async #skipEscapeSequence(): Promise<void> {
    const next = this.#input.peekByte();
    if (next !== 0x5b && next !== 0x4f) return; // '[' (CSI) or 'O' (SS3)
    await this.#input.readByte();
    for (let byte = this.#input.peekByte(); byte !== undefined; byte = this.#input.peekByte()) {
      await this.#input.readByte();
      if (byte >= 0x40 && byte <= 0x7e) return; // the final byte
    }
  }

  /** Runs a read; when it fails (end of input, aborted), ends the question's line. */
  async #abortable<T>(read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      this.#endOpenLine();
      throw error;
    }
  }

  #question(question: string): void {
    this.#endOpenLine();
    this.#output.write(`${question} `);
    this.#openLine = true;
  }

  /** Ends the open question's line, after `echo` (a visible answer read from a pipe). */
  #endOpenLine(echo = ''): void {
    if (!this.#openLine) return;
    this.#openLine = false;
    this.#output.write(`${echo}\n`);
  }
}
