import type { RawData, WebSocket } from 'ws';
import { ContractError } from '../../common/ipc/contract-error.ts';
import type { DiagnosticSink } from '../../common/ipc/diagnostics.ts';
import { createListenerSet } from '../../common/ipc/listener-set.ts';
import { decodeTextFrame, encodeTextFrame } from '../../common/ipc/text-frame.ts';
import type { Transport } from '../../common/ipc/transport.ts';

/**
 * The host end of the loopback WebSocket transport, over one `ws` connection: the twin of
 * `renderer/ipc/websocket-transport.ts`, same frames (`common/ipc/text-frame.ts`). `serve`
 * subscribes synchronously, so no frame arrives before its listener.
 */
export function createWsTransport(socket: WebSocket, maxChars: number, report: DiagnosticSink): Transport {
  const messages = createListenerSet<unknown>();
  const closeListeners = createListenerSet<void>();
  let closed = false;

  const markClosed = (): void => {
    if (closed) return;
    closed = true;
    messages.clear();
    closeListeners.emit();
    closeListeners.clear();
  };

  socket.on('message', (data: RawData, isBinary: boolean) => {
    if (closed) return;
    if (isBinary) {
      report({ kind: 'malformed-message', reason: 'binary frame' });
      return;
    }
    const buffer = Array.isArray(data)
      ? Buffer.concat(data)
      : Buffer.isBuffer(data)
        ? data
        : Buffer.from(data);
    const text = buffer.toString('utf8');
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
    messages.emit(message);
  });
  socket.on('close', markClosed);

  return {
    send(message) {
      if (closed || socket.readyState !== socket.OPEN) return;
      socket.send(encodeTextFrame(message, maxChars));
    },
    onMessage: (listener) => messages.add(listener),
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
