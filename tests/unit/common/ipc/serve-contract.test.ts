import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { BytesSchema } from '../../../../common/ipc/bytes-schema.ts';
import { command, defineContract } from '../../../../common/ipc/contract.ts';
import { createContractClient } from '../../../../common/ipc/contract-client.ts';
import { ContractCallError, ContractError } from '../../../../common/ipc/contract-error.ts';
import type { Envelope } from '../../../../common/ipc/envelope.ts';
import type { ContractHandlers } from '../../../../common/ipc/handlers.ts';
import { createMemoryTransportPair } from '../../../../common/ipc/memory-transport.ts';
import { serveContract } from '../../../../common/ipc/serve-contract.ts';
import type { Transport } from '../../../../common/ipc/transport.ts';
import { deferred } from './test-contract.ts';

const contract = defineContract({
  commands: { big: command(Type.Object({}), Type.String()) },
  events: { tick: Type.Integer() },
});

/** `transport` whose `send` throws `message-too-large` for result envelopes, like a text frame over its limit. */
function refusingResults(transport: Transport): Transport {
  return {
    ...transport,
    send(message: Envelope) {
      if (message.kind === 'result') throw ContractError.of('message-too-large', { maxChars: 10 });
      transport.send(message);
    },
  };
}

describe('serveContract', () => {
  it('answers with the transport’s error when a result cannot be sent', async () => {
    const pair = createMemoryTransportPair();
    serveContract(contract, { big: () => 'x'.repeat(100) }, refusingResults(pair.server));
    const client = createContractClient(contract, pair.client);

    const error = await client.call('big', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ContractCallError);
    expect((error as ContractCallError).data).toEqual({
      code: 'message-too-large',
      category: 'internal',
      details: { maxChars: 10 },
    });
  });

  it('serves only the contract’s commands, whatever else the handler object has', async () => {
    const pair = createMemoryTransportPair();
    const handlers = { big: () => 'ok', extra: () => 'secret' } as ContractHandlers<typeof contract>;
    serveContract(contract, handlers, pair.server);
    const client = createContractClient(contract, pair.client);

    const error = await client.call('extra' as 'big', {}).catch((e: unknown) => e);

    expect((error as ContractCallError).data.code).toBe('unknown-method');
  });

  it('ignores a second call with the id of one still running', async () => {
    const pair = createMemoryTransportPair();
    const release = deferred<void>();
    let runs = 0;
    serveContract(
      contract,
      {
        big: async () => {
          runs++;
          await release.promise;
          return 'done';
        },
      },
      pair.server,
    );
    const answers: unknown[] = [];
    const answered = deferred<void>();
    pair.client.onMessage((m) => {
      answers.push(m);
      answered.resolve();
    });

    pair.client.send({ kind: 'call', id: 1, method: 'big', arg: {} });
    pair.client.send({ kind: 'call', id: 1, method: 'big', arg: {} });
    await Promise.resolve();
    await Promise.resolve();
    release.resolve();
    await answered.promise;

    expect(runs).toBe(1);
    expect(answers).toEqual([{ kind: 'result', id: 1, value: 'done' }]);
  });

  it('stops sending events once closed', () => {
    const pair = createMemoryTransportPair();
    const sent: Envelope[] = [];
    const recording: Transport = { ...pair.server, send: (message) => void sent.push(message) };
    const server = serveContract(contract, { big: () => '' }, recording);

    server.emit('tick', 1);
    server.close();
    server.emit('tick', 2);

    expect(sent).toEqual([{ kind: 'event', name: 'tick', payload: 1 }]);
  });

  it('zero-fills the bytes of an argument it refuses, for an unknown method or off the schema', async () => {
    const pair = createMemoryTransportPair();
    const arrived: Uint8Array[] = [];
    pair.server.onMessage((message) => {
      const pin = (message as { arg?: { pin?: { digits?: unknown } } }).arg?.pin?.digits;
      if (pin instanceof Uint8Array) arrived.push(pin);
    });
    const pinContract = defineContract({
      commands: {
        pin: command(
          Type.Object({ pin: Type.Object({ digits: BytesSchema({ maxLength: 4 }) }) }),
          Type.Null(),
        ),
      },
      events: {},
    });
    serveContract(pinContract, { pin: () => null }, pair.server);
    const client = createContractClient(pinContract, pair.client);
    const tooLong = { pin: { digits: new Uint8Array([0x31, 0x32, 0x33, 0x34, 0x35]) } };

    const refused = await client.call('pin', tooLong).catch((e: unknown) => e);
    const unknown = await client
      .call('other' as 'pin', { pin: { digits: new Uint8Array([0x39]) } })
      .catch((e: unknown) => e);
    await client.call('pin', { pin: { digits: new Uint8Array([0x31]) } });

    expect((refused as ContractCallError).data.code).toBe('bad-argument');
    expect((unknown as ContractCallError).data.code).toBe('unknown-method');
    expect(arrived.map((bytes) => [...bytes])).toEqual([[0, 0, 0, 0, 0], [0], [0x31]]);
  });
});
