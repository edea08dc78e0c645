import type { RawData, WebSocket } from 'ws';
import type { DiagnosticSink } from '../../common/ipc/diagnostics.ts';
import { createTextFrameTransport } from '../../common/ipc/text-frame-transport.ts';
import type { Transport } from '../../common/ipc/transport.ts';

/**
 * The host end of the loopback WebSocket transport, over one `ws` connection: the twin of
 * `renderer/ipc/websocket-transport.ts`, an adapter over the same core
 * (`common/ipc/text-frame-transport.ts`). `serve` subscribes synchronously, so no frame
 * arrives before its listener.
 */
export function createWsTransport(socket: WebSocket, maxChars: number, report: DiagnosticSink): Transport {
  const core = createTextFrameTransport(
    {
      isOpen: () => socket.readyState === socket.OPEN,
      sendText: (text) => socket.send(text),
      close: () => socket.close(1000),
    },
    { maxChars, report },
  );
  socket.on('message', (data: RawData, isBinary: boolean) => {
    if (isBinary) core.receiveBinary();
    else core.receiveText(textOf(data));
  });
  socket.on('close', core.socketClosed);
  return core.transport;
}

/** A text frame's payload (`ws` hands it over as bytes) as a string. */
function textOf(data: RawData): string {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
  return buffer.toString('utf8');
}
