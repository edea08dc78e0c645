import { describe, expect, it } from 'vitest';
import { createMemoryTransportPair } from '../../../../common/ipc/memory-transport.ts';
import { runContractSuite } from './contract-suite.ts';
import { deferred } from './test-contract.ts';

runContractSuite('the in-memory transport pair', async (serve) => {
  const pair = createMemoryTransportPair();
  serve(pair.server);
  return {
    client: pair.client,
    server: pair.server,
    close: async () => pair.client.close(),
  };
});

describe('createMemoryTransportPair', () => {
  it('delivers structured clones taken at send time, asynchronously', async () => {
    const { client, server } = createMemoryTransportPair();
    const got = deferred<unknown>();
    server.onMessage((message) => got.resolve(message));
    const value = { data: Uint8Array.of(1, 2, 3) };

    client.send({ kind: 'result', id: 1, value });
    value.data[0] = 9;

    expect(await got.promise).toEqual({ kind: 'result', id: 1, value: { data: Uint8Array.of(1, 2, 3) } });
  });

  it('closes both ends at once, tells late subscribers too, and drops messages in flight', async () => {
    const { client, server } = createMemoryTransportPair();
    const seen: unknown[] = [];
    server.onMessage((message) => seen.push(message));
    const closed = deferred<void>();
    client.onClose(() => closed.resolve());

    client.send({ kind: 'cancel', id: 1 });
    server.close();
    await closed.promise;
    const late = deferred<void>();
    server.onClose(() => late.resolve());
    await late.promise;
    client.send({ kind: 'cancel', id: 2 });
    await Promise.resolve();

    expect(seen).toEqual([]);
  });
});
