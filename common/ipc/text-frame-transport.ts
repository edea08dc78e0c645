import { ContractError } from './contract-error.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import { createListenerSet } from './listener-set.ts';
import { decodeTextFrame, encodeTextFrame } from './text-frame.ts';
import type { Transport } from './transport.ts';

/** What a text-frame transport needs from its socket (a DOM `WebSocket`, a `ws` connection). */
export interface TextFrameSocket {
  /** Whether the socket can send now; frames sent while it cannot are dropped unencoded. */
  isOpen(): boolean;
  /** Sends one text frame. */
  sendText(text: string): void;
  /** Closes the socket normally (code 1000). */
  close(): void;
}

/** Options of {@link createTextFrameTransport}. */
export interface TextFrameTransportOptions {
  /** The largest frame sent or accepted, in UTF-16 code units. */
  readonly maxChars: number;
  /** Receives frames that were dropped (binary, too large, not JSON). */
  readonly report: DiagnosticSink;
  /** Keep messages that arrive before the first `onMessage` subscriber for it (default: drop them). */
  readonly keepEarlyMessages?: boolean;
}

/** A {@link Transport} and the entry points its socket adapter feeds. */
export interface TextFrameTransport {
  readonly transport: Transport;
  /** A text frame arrived. */
  receiveText(text: string): void;
  /** A binary frame arrived (refused, with a diagnostic). */
  receiveBinary(): void;
  /** The socket closed (or is closing); idempotent. */
  socketClosed(): void;
}

/**
 * The core of the loopback WebSocket transports, without the socket: one JSON text frame per
 * envelope (`text-frame.ts`), listener sets for messages and closure, dropped frames reported.
 * The renderer (DOM `WebSocket`) and the test host (`ws`) wrap it in thin adapters.
 */
export function createTextFrameTransport(
  socket: TextFrameSocket,
  options: TextFrameTransportOptions,
): TextFrameTransport {
  const { maxChars, report } = options;
  const messages = createListenerSet<unknown>();
  const closeListeners = createListenerSet<void>();
  const early: unknown[] = [];
  let closed = false;

  const socketClosed = (): void => {
    if (closed) return;
    closed = true;
    messages.clear();
    closeListeners.emit();
    closeListeners.clear();
  };

  const receiveText = (text: string): void => {
    if (closed) return;
    let message: unknown;
    try {
      message = decodeTextFrame(text, maxChars);
    } catch (error) {
      report({
        kind: 'malformed-message',
        reason: error instanceof ContractError ? error.data.code : 'frame',
      });
      return;
    }
    if (options.keepEarlyMessages === true && messages.size === 0) early.push(message);
    else messages.emit(message);
  };

  const receiveBinary = (): void => {
    if (!closed) report({ kind: 'malformed-message', reason: 'binary frame' });
  };

  const transport: Transport = {
    send(message) {
      if (closed || !socket.isOpen()) return;
      socket.sendText(encodeTextFrame(message, maxChars));
    },
    onMessage(listener) {
      const remove = messages.add(listener);
      for (const message of early.splice(0)) messages.emit(message);
      return remove;
    },
    onClose(listener) {
      if (!closed) return closeListeners.add(listener);
      void Promise.resolve().then(listener);
      return () => {};
    },
    close() {
      socket.close();
      socketClosed();
    },
  };

  return { transport, receiveText, receiveBinary, socketClosed };
}
