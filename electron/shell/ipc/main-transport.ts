import type { DiagnosticSink } from '../../../common/ipc/diagnostics.ts';
import { DEFAULT_MAX_FRAME_CHARS } from '../../../common/ipc/text-frame.ts';
import { createTextFrameTransport } from '../../../common/ipc/text-frame-transport.ts';
import type { Transport } from '../../../common/ipc/transport.ts';
import { IPC_CHANNEL } from './ipc-channel.ts';
import { trustedSender, type SenderEvent } from './trusted-sender.ts';

/** What the transport uses of `ipcMain`. */
export interface IpcMainLike {
  on(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => void): unknown;
}

/** What the transport uses of the window's `WebContents`. */
export interface ContentsLike {
  readonly mainFrame: unknown;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/**
 * Main's end of the contract over Electron IPC, for one window's current page. One of the two
 * files allowed to touch Electron IPC (lint rule, style.md rule 2; the other is the preload).
 * Every message is checked before the contract layer sees it:
 * - the sender is this window's main frame, showing an app page (`trusted-sender.ts`; security
 *   checklist item 17); anything else is dropped and reported;
 * - it is one string, at most `maxChars` long; the contract layer then validates the envelope
 *   and every argument against the schemas (common/ipc/serve-contract.ts).
 */
export function createMainTransport(
  ipcMain: IpcMainLike,
  contents: ContentsLike,
  report: DiagnosticSink,
  maxChars = DEFAULT_MAX_FRAME_CHARS,
): Transport {
  const frames = createTextFrameTransport(
    {
      isOpen: () => !contents.isDestroyed(),
      sendText: (text) => contents.send(IPC_CHANNEL, text),
      close: () => ipcMain.removeListener(IPC_CHANNEL, listener),
    },
    { maxChars, report },
  );
  function listener(event: SenderEvent, ...args: unknown[]): void {
    if (event.sender !== contents) return; // another window's message: its own transport takes it
    if (!trustedSender(event, contents.mainFrame)) {
      report({ kind: 'malformed-message', reason: 'untrusted sender' });
      return;
    }
    const [text] = args;
    if (args.length !== 1 || typeof text !== 'string') {
      report({ kind: 'malformed-message', reason: 'not one text frame' });
      return;
    }
    frames.receiveText(text);
  }
  ipcMain.on(IPC_CHANNEL, listener);
  return frames.transport;
}
