import type { ReadStream } from 'node:tty';

/** What a key asks the demo to do. */
export type DemoKey = 'toggle-card' | 'quit';

/** The action of one key (`r`; `q`, Ctrl-C, Ctrl-D), or `undefined` for any other. */
export function keyAction(key: string): DemoKey | undefined {
  if (key === 'r' || key === 'R') return 'toggle-card';
  if (key === 'q' || key === 'Q' || key === '\u0003' || key === '\u0004') return 'quit';
  return undefined;
}

/**
 * Listens to the terminal's keys: one key at a time in raw mode on a terminal, else line by
 * line (`r` then Enter, from a pipe). The end of a piped input does not quit (the demo can run
 * in the background; a signal stops it). Returns the function that stops listening and gives
 * the terminal back.
 */
export function listenToKeys(input: NodeJS.ReadStream, on: (action: DemoKey) => void): () => void {
  const tty = input.isTTY ? (input as ReadStream) : undefined;
  tty?.setRawMode(true);
  input.setEncoding('utf8');
  const onData = (text: string): void => {
    for (const key of tty ? [...text] : text.split(/\r?\n/).map((line) => line.trim())) {
      const action = keyAction(key);
      if (action !== undefined) on(action);
    }
  };
  input.on('data', onData);
  input.resume();
  return () => {
    input.off('data', onData);
    tty?.setRawMode(false);
    input.pause();
  };
}
