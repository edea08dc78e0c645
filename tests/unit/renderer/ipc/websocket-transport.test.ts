import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { ContractError } from '../../../../common/ipc/contract-error.ts';
import type { IpcDiagnostic } from '../../../../common/ipc/diagnostics.ts';
import type { Transport } from '../../../../common/ipc/transport.ts';
import {
  connectWebSocketTransport,
  createWebSocketTransport,
} from '../../../../renderer/ipc/websocket-transport.ts';
import { startLoopbackHost } from '../../../host/loopback-host.ts';
import { runContractSuite } from '../../common/ipc/contract-suite.ts';
import { deferred } from '../../common/ipc/test-contract.ts';

/** Node 24's global WebSocket stands in for the renderer's (same WHATWG interface). */
runContractSuite('the loopback WebSocket (test host + renderer transport)', async (serve) => {
  const served = deferred<Transport>();
  const host = await startLoopbackHost({
    serve: (transport) => {
      serve(transport);
      served.resolve(transport);
    },
  });
  const client = await connectWebSocketTransport(host.url);
  return { client, server: await served.promise, close: () => host.close() };
});

describe('connectWebSocketTransport', () => {
  it('rejects with transport-closed when the host refuses the connection', async () => {
    const host = await startLoopbackHost({ serve: () => {} });
    try {
      const error = await connectWebSocketTransport(`${host.url}x`).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ContractError);
      expect((error as ContractError).data.code).toBe('transport-closed');
    } finally {
      await host.close();
    }
  });

  it('drops frames that are binary, not JSON or carry bad base64, and keeps the connection', async () => {
    const diagnostics: IpcDiagnostic[] = [];
    const raw = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(raw, 'listening');
    raw.on('connection', (socket) => {
      socket.send(Uint8Array.of(1, 2, 3));
      socket.send('not json');
      socket.send('{"kind":"event","name":"progress","payload":{"$bytes":"!!"}}');
      socket.send('{"kind":"event","name":"progress","payload":{"step":"ok","percent":1}}');
    });
    try {
      const { port } = raw.address() as AddressInfo;
      const client = await connectWebSocketTransport(`ws://127.0.0.1:${port}/`, {
        onDiagnostic: (d) => diagnostics.push(d),
      });
      const got = deferred<unknown>();

      client.onMessage((message) => got.resolve(message));

      expect(await got.promise).toEqual({
        kind: 'event',
        name: 'progress',
        payload: { step: 'ok', percent: 1 },
      });
      expect(diagnostics.map((d) => (d as { reason: string }).reason)).toEqual([
        'binary frame',
        'bad-envelope',
        'bad-envelope',
      ]);
      client.close();
    } finally {
      raw.close();
    }
  });

  it('keeps frames that arrive before the first subscriber for it', async () => {
    const raw = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(raw, 'listening');
    raw.on('connection', (socket) => socket.send('{"kind":"cancel","id":1}'));
    try {
      const socket = new WebSocket(`ws://127.0.0.1:${(raw.address() as AddressInfo).port}/`);
      await once(socket, 'open');
      const transport = createWebSocketTransport(socket);
      await once(socket, 'message');
      const seen: unknown[] = [];

      transport.onMessage((message) => seen.push(message));

      expect(seen).toEqual([{ kind: 'cancel', id: 1 }]);
      transport.close();
    } finally {
      raw.close();
    }
  });

  it('sees the host closing as the end of the transport', async () => {
    const host = await startLoopbackHost({ serve: () => {} });
    const client = await connectWebSocketTransport(host.url);
    const closed = deferred<void>();
    client.onClose(() => closed.resolve());

    await host.close();

    await closed.promise;
  });
});
