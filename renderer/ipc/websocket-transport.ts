import { ContractError } from '../../common/ipc/contract-error.ts';
import type { DiagnosticSink } from '../../common/ipc/diagnostics.ts';
import { createListenerSet } from '../../common/ipc/listener-set.ts';
import { DEFAULT_MAX_FRAME_CHARS, decodeTextFrame, encodeTextFrame } from '../../common/ipc/text-frame.ts';
import type { Transport } from '../../common/ipc/transport.ts';

/** Options of the renderer's WebSocket transport. */
export interface WebSocketTransportOptions {
  /** The largest frame sent or accepted, in UTF-16 code units (default 1 Mi). */
  readonly maxFrameChars?: number;
  /** Receives frames that were dropped (not text, too large, not JSON). */
  readonly onDiagnostic?: DiagnosticSink;
}

/**
 * The renderer end of the loopback WebSocket transport (development and tests only: the
 * packaged app uses Electron IPC). Connects to `url` (the test host's `ws://127.0.0.1:…/ipc/<token>`)
 * and resolves once the socket is open; rejects with `transport-closed` if it never opens.
 */
export function connectWebSocketTransport(
  url: string,
  options: WebSocketTransportOptions = {},
): Promise<Transport> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const fail = (): void => {
      socket.removeEventListener('open', open);
      reject(ContractError.of('transport-closed'));
    };
    const open = (): void => {
      socket.removeEventListener('close', fail);
      resolve(createWebSocketTransport(socket, options));
    };
    socket.addEventListener('open', open, { once: true });
    socket.addEventListener('close', fail, { once: true });
  });
}

/**
 * A {@link Transport} over an open DOM `WebSocket`: one JSON text frame per envelope, with
 * bytes as `$bytes` objects (`common/ipc/text-frame.ts`). Frames that arrive before the
 * first `onMessage` subscriber are kept for it, so nothing sent right after the connection
 * opened is lost.
 */
export function createWebSocketTransport(
  socket: WebSocket,
  options: WebSocketTransportOptions = {},
): Transport {
  const maxChars = options.maxFrameChars ?? DEFAULT_MAX_FRAME_CHARS;
  const report = options.onDiagnostic ?? (() => {});
  const messages = createListenerSet<unknown>();
  const closeListeners = createListenerSet<void>();
  const early: unknown[] = [];
  let closed = false;

  const markClosed = (): void => {
    if (closed) return;
    closed = true;
    messages.clear();
    closeListeners.emit();
    closeListeners.clear();
  };

  socket.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (closed) return;
    if (typeof event.data !== 'string') {
      report({ kind: 'malformed-message', reason: 'binary frame' });
      return;
    }
    let message: unknown;
    try {
      message = decodeTextFrame(event.data, maxChars);
    } catch (error) {
      report({
        kind: 'malformed-message',
        reason: error instanceof ContractError ? error.data.code : 'frame',
      });
      return;
    }
    if (messages.size === 0) early.push(message);
    else messages.emit(message);
  });
  socket.addEventListener('close', markClosed);
  if (socket.readyState === WebSocket.CLOSING || socket.readyState === WebSocket.CLOSED) markClosed();

  return {
    send(message) {
      if (closed || socket.readyState !== WebSocket.OPEN) return;
      socket.send(encodeTextFrame(message, maxChars));
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
      socket.close(1000);
      markClosed();
    },
  };
}
