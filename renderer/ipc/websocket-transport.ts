import { ContractError } from '../../common/ipc/contract-error.ts';
import type { DiagnosticSink } from '../../common/ipc/diagnostics.ts';
import { DEFAULT_MAX_FRAME_CHARS } from '../../common/ipc/text-frame.ts';
import { createTextFrameTransport } from '../../common/ipc/text-frame-transport.ts';
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
 * bytes as `$bytes` objects (an adapter over `common/ipc/text-frame-transport.ts`). Frames
 * that arrive before the first `onMessage` subscriber are kept for it, so nothing sent right
 * after the connection opened is lost.
 */
export function createWebSocketTransport(
  socket: WebSocket,
  options: WebSocketTransportOptions = {},
): Transport {
  const core = createTextFrameTransport(
    {
      isOpen: () => socket.readyState === WebSocket.OPEN,
      sendText: (text) => socket.send(text),
      close: () => socket.close(1000),
    },
    {
      maxChars: options.maxFrameChars ?? DEFAULT_MAX_FRAME_CHARS,
      report: options.onDiagnostic ?? (() => {}),
      keepEarlyMessages: true,
    },
  );
  socket.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'string') core.receiveText(event.data);
    else core.receiveBinary();
  });
  socket.addEventListener('close', core.socketClosed);
  if (socket.readyState === WebSocket.CLOSING || socket.readyState === WebSocket.CLOSED) core.socketClosed();
  return core.transport;
}
