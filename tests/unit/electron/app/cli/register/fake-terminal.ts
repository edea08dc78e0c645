import { PassThrough, Writable } from 'node:stream';
import type { TerminalReadable } from '../../../../../../electron/app/cli/register/terminal-input.ts';

/** A fake stdin: a pipe, or a terminal with raw mode (its calls recorded). */
export type FakeInput = PassThrough &
  TerminalReadable & {
    readonly rawModes: boolean[];
    /** Sends text or bytes, as typed or piped. */
    type(data: string | Uint8Array): void;
  };

/** A fake stdin; `tty` adds `isTTY` and `setRawMode`, as `process.stdin` has on a terminal. */
export function fakeInput(tty: boolean): FakeInput {
  const stream = new PassThrough();
  const rawModes: boolean[] = [];
  const input = Object.assign(stream, {
    rawModes,
    type(data: string | Uint8Array) {
      stream.write(typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data));
    },
  });
  if (!tty) return input;
  return Object.assign(input, {
    isTTY: true,
    setRawMode(mode: boolean) {
      rawModes.push(mode);
      return input;
    },
  });
}

/** A fake stdout that keeps everything written. */
export class FakeOutput extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

/** Resolves once `output` contains `text` (the program is asking for something). */
export async function outputContains(output: FakeOutput, text: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!output.text.includes(text)) {
    if (Date.now() > deadline)
      throw new Error(`output never contained ${JSON.stringify(text)}:\n${output.text}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
