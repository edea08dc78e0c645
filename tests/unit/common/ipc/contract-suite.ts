import { afterEach, describe, expect, it } from 'vitest';
import { createContractClient, type ContractClient } from '../../../../common/ipc/contract-client.ts';
import { ContractCallError, ContractError } from '../../../../common/ipc/contract-error.ts';
import type { IpcDiagnostic } from '../../../../common/ipc/diagnostics.ts';
import type { Envelope } from '../../../../common/ipc/envelope.ts';
import type { ContractErrorData } from '../../../../common/ipc/error-data.ts';
import { serveContract, type ContractServer } from '../../../../common/ipc/serve-contract.ts';
import type { Transport } from '../../../../common/ipc/transport.ts';
import {
  createTestService,
  deferred,
  SECRET,
  testContract,
  type TestContract,
  type TestService,
} from './test-contract.ts';

/** Two connected transport ends; `serve` has been called with the server's end. */
export interface Harness {
  /** The client's end. */
  readonly client: Transport;
  /** The end `serve` received. */
  readonly server: Transport;
  /** Releases whatever the harness started (host, sockets). */
  close(): Promise<void>;
}

/** Connects a new client end to a server end handed to `serve`. */
export type HarnessFactory = (serve: (transport: Transport) => void) => Promise<Harness>;

interface Fixture {
  readonly service: TestService;
  readonly server: ContractServer<TestContract>;
  readonly client: ContractClient<TestContract>;
  readonly harness: Harness;
  /** Every message the client's transport received, as it arrived. */
  readonly received: unknown[];
  /** What the server reported. */
  readonly diagnostics: IpcDiagnostic[];
}

/** The rejection data of `promise` (fails the test if it resolves or rejects with something else). */
async function rejection(promise: Promise<unknown>, method: string): Promise<ContractErrorData> {
  const error = await promise.then(
    () => expect.fail('the call resolved'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContractCallError);
  expect((error as ContractCallError).method).toBe(method);
  return (error as ContractCallError).data;
}

/** Resolves with the first message the client's transport receives that `match` accepts. */
function nextMessage(transport: Transport, match: (message: unknown) => boolean): Promise<unknown> {
  const next = deferred<unknown>();
  const stop = transport.onMessage((message) => {
    if (!match(message)) return;
    stop();
    next.resolve(message);
  });
  return next.promise;
}

/**
 * The contract test suite (architecture: "A contract test suite runs against every
 * transport"): the same behaviour through whatever `makeHarness` connects.
 */
export function runContractSuite(transportName: string, makeHarness: HarnessFactory): void {
  describe(`the IPC contract over ${transportName}`, () => {
    let open: Harness | undefined;
    afterEach(async () => {
      await open?.close();
      open = undefined;
    });

    async function setUp(): Promise<Fixture> {
      const service = createTestService();
      const diagnostics: IpcDiagnostic[] = [];
      let server: ContractServer<TestContract> | undefined;
      const harness = await makeHarness((transport) => {
        server = serveContract(testContract, service.handlers, transport, {
          onDiagnostic: (d) => diagnostics.push(d),
        });
      });
      open = harness;
      const received: unknown[] = [];
      harness.client.onMessage((message) => received.push(message));
      const client = createContractClient(testContract, harness.client);
      if (server === undefined) throw new Error('the harness did not call serve');
      return { service, server, client, harness, received, diagnostics };
    }

    it('round-trips a call, and concurrent calls each get their own answer', async () => {
      const { client } = await setUp();

      const answers = await Promise.all(['a', 'b', 'c'].map((text) => client.call('echo', { text })));

      expect(answers).toEqual([{ text: 'a' }, { text: 'b' }, { text: 'c' }]);
    });

    it('carries a ContractError thrown by a handler as data, with its category, details and retry target', async () => {
      const { client } = await setUp();

      const data = await rejection(client.call('failWithRetries', { triesLeft: 2 }), 'failWithRetries');

      expect(data).toEqual({
        code: 'wrong-pin',
        category: 'retriable',
        details: { triesLeft: 2 },
        retryTo: 'authenticatePin',
      });
    });

    it('turns an unexpected exception into internal, leaking neither its message nor its stack', async () => {
      const { client, received, diagnostics } = await setUp();

      const data = await rejection(client.call('explode', {}), 'explode');

      expect(data).toEqual({ code: 'internal', category: 'internal' });
      const wire = JSON.stringify(received);
      expect(wire).toContain('"internal"');
      expect(wire).not.toContain('SECRET');
      expect(wire).not.toMatch(/stack|could not open|\bat /);
      // The message stays on the server side, for its log.
      expect(diagnostics).toContainEqual(
        expect.objectContaining({ kind: 'handler-threw', method: 'explode' }),
      );
      const threw = diagnostics.find((d) => d.kind === 'handler-threw');
      expect(String((threw as { error: Error }).error.message)).toContain(SECRET);
    });

    it('delivers events in order to listeners until they unsubscribe', async () => {
      const { client, server } = await setUp();
      const early: unknown[] = [];
      const late: unknown[] = [];
      const stopEarly = client.on('progress', (payload) => early.push(payload));
      const done = deferred<void>();
      client.on('progress', (payload) => {
        late.push(payload);
        if (payload.step === 'last') done.resolve();
      });

      server.emit('progress', { step: 'one', percent: 10 });
      server.emit('progress', { step: 'two', percent: 50 });
      await nextMessage(open!.client, (m) => (m as { payload?: { step?: string } }).payload?.step === 'two');
      stopEarly();
      server.emit('progress', { step: 'last', percent: 100 });
      await done.promise;

      expect(early.map((p) => (p as { step: string }).step)).toEqual(['one', 'two']);
      expect(late.map((p) => (p as { step: string }).step)).toEqual(['one', 'two', 'last']);
    });

    it('refuses to emit an event off its schema, and sends nothing', async () => {
      const { client, server, received } = await setUp();

      expect(() => server.emit('progress', { step: 'x', percent: 101 })).toThrow(ContractError);
      expect(() => server.emit('progress', { step: 'x', percent: 101 })).toThrow('bad-event');
      await client.call('echo', { text: 'sync' });

      expect(received.filter((m) => (m as Envelope).kind === 'event')).toEqual([]);
    });

    it('cancels: the handler sees the abort, the call rejects with cancelled, nothing else is answered', async () => {
      const { client, service, received, diagnostics } = await setUp();
      const controller = new AbortController();

      const call = client.call('waitForAbort', {}, { signal: controller.signal });
      await service.started;
      controller.abort();

      expect(await rejection(call, 'waitForAbort')).toEqual({ code: 'cancelled', category: 'cancelled' });
      const reason = await service.aborted;
      expect(reason).toBeInstanceOf(ContractError);
      expect((reason as ContractError).data.code).toBe('cancelled');
      await client.call('echo', { text: 'sync' });
      expect(received.map((m) => (m as Envelope).kind)).toEqual(['result']);
      expect(diagnostics).toEqual([]);
    });

    it('does not send a call whose signal is already aborted', async () => {
      const { client, service } = await setUp();

      const data = await rejection(
        client.call('echo', { text: 'x' }, { signal: AbortSignal.abort() }),
        'echo',
      );
      await client.call('echo', { text: 'sync' });

      expect(data.code).toBe('cancelled');
      expect(service.called).toEqual(['echo']);
    });

    it('carries bytes in arguments, results and events unchanged', async () => {
      const { client, server } = await setUp();
      const data = Uint8Array.from({ length: 256 }, (_, i) => i);
      const parts = [new Uint8Array(0), Uint8Array.of(0, 255), Uint8Array.of(0x24, 0x62)];

      const result = await client.call('reverseBytes', { data, parts });
      const photo = deferred<Uint8Array>();
      client.on('photo', ({ jpeg }) => photo.resolve(jpeg));
      server.emit('photo', { jpeg: Uint8Array.of(0xff, 0xd8, 0xff, 0xe0) });

      expect(result.data).toBeInstanceOf(Uint8Array);
      expect([...result.data]).toEqual([...data].reverse());
      expect(result.parts.map((p) => [...p])).toEqual([[0x24, 0x62], [0, 255], []]);
      expect(result.parts.every((p) => p instanceof Uint8Array)).toBe(true);
      expect([...(await photo.promise)]).toEqual([0xff, 0xd8, 0xff, 0xe0]);
    });

    it.each(['noSuchMethod', 'toString', 'constructor', 'hasOwnProperty'])(
      'answers unknown-method for %s',
      async (method) => {
        const { client, service } = await setUp();

        const data = await rejection(client.call(method as 'echo', { text: 'x' }), method);

        expect(data).toEqual({ code: 'unknown-method', category: 'internal' });
        expect(service.called).toEqual([]);
      },
    );

    it('answers bad-argument, naming the schema path, without calling the handler or echoing the value', async () => {
      const { client, service, received } = await setUp();

      const wrongType = await rejection(client.call('echo', { text: 12345 } as never), 'echo');
      const extra = await rejection(client.call('echo', { text: 'x', [SECRET]: SECRET } as never), 'echo');
      const missing = await rejection(
        client.call('reverseBytes', { data: 'AAEC', parts: [] } as never),
        'reverseBytes',
      );

      expect(wrongType).toEqual({
        code: 'bad-argument',
        category: 'internal',
        details: { path: '#/properties/text', keyword: 'type' },
      });
      expect(extra.code).toBe('bad-argument');
      expect(missing).toMatchObject({ code: 'bad-argument', details: { path: '#/properties/data' } });
      expect(JSON.stringify(received)).not.toMatch(/SECRET|12345|AAEC/);
      expect(service.called).toEqual([]);
    });

    it('answers bad-result when a handler returns something off its schema', async () => {
      const { client, diagnostics } = await setUp();

      const data = await rejection(client.call('offSchema', {}), 'offSchema');

      expect(data).toEqual({ code: 'bad-result', category: 'internal' });
      expect(diagnostics).toContainEqual({
        kind: 'bad-result',
        method: 'offSchema',
        path: '#/properties/ok',
      });
    });

    it('answers a malformed call that names an id with bad-envelope, drops other junk and keeps serving', async () => {
      const { client, harness, service, diagnostics } = await setUp();
      const answer = nextMessage(harness.client, (m) => (m as { id?: number }).id === 77);

      harness.client.send({ kind: 'call', id: 77, method: 'echo' } as unknown as Envelope);
      harness.client.send({ kind: 'call', id: 78, method: '__proto__', arg: {} } as unknown as Envelope);
      harness.client.send({ hello: 'world' } as unknown as Envelope);
      harness.client.send({ kind: 'result', id: 1, value: null });
      harness.client.send({ kind: 'event', name: 'progress', payload: { step: 'x', percent: 1 } });

      expect(await answer).toEqual({
        kind: 'error',
        id: 77,
        error: { code: 'bad-envelope', category: 'internal' },
      });
      expect(await client.call('echo', { text: 'still here' })).toEqual({ text: 'still here' });
      expect(service.called).toEqual(['echo']);
      expect(diagnostics.filter((d) => d.kind === 'malformed-message')).toHaveLength(5);
    });

    it('rejects a pending call with transport-closed when the server end closes mid-call', async () => {
      const { client, service, harness } = await setUp();

      const call = client.call('waitForAbort', {});
      await service.started;
      harness.server.close();

      expect(await rejection(call, 'waitForAbort')).toEqual({
        code: 'transport-closed',
        category: 'transport',
      });
      expect(((await service.aborted) as ContractError).data.code).toBe('transport-closed');
      expect((await rejection(client.call('echo', { text: 'late' }), 'echo')).code).toBe('transport-closed');
    });

    it('rejects a pending call with transport-closed when the client closes, and the handler sees the abort', async () => {
      const { client, service } = await setUp();

      const call = client.call('waitForAbort', {});
      await service.started;
      client.close();

      expect((await rejection(call, 'waitForAbort')).code).toBe('transport-closed');
      expect(((await service.aborted) as ContractError).data.code).toBe('transport-closed');
    });
  });
}
