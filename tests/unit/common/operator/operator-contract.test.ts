import { Value } from 'typebox/value';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ContractCallError,
  createContractClient,
  createMemoryTransportPair,
  serveContract,
} from '../../../../common/ipc/index.ts';
import { OPERATOR_CONTRACT } from '../../../../common/operator/operator-contract.ts';
import { connectOperator } from '../../../../common/operator/operator-remote.ts';
import { OperatorViewSchema, type OperatorView } from '../../../../common/operator/operator-view.ts';

const SINCE = '2025-06-15T10:00:00.000Z';
const VIEW: OperatorView = { seq: 3, session: 'inProgress', step: 'signPin', stage: 'sign', since: SINCE };

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const close of cleanup.reverse()) close();
  cleanup = [];
});

/** A desk double served on an in-memory pair: records the calls, emits views on demand. */
function servedDesk(view: OperatorView = VIEW) {
  const pair = createMemoryTransportPair();
  const calls: string[] = [];
  const server = serveContract(
    OPERATOR_CONTRACT,
    {
      getState: () => view,
      startSession: () => (calls.push('startSession'), null),
      abortSession: () => (calls.push('abortSession'), null),
    },
    pair.server,
  );
  cleanup.push(() => server.close());
  return { pair, calls, server };
}

describe('the operator view schema', () => {
  it('accepts a view with a name, an error code and the tries left', () => {
    expect(
      Value.Check(OperatorViewSchema, { ...VIEW, holderName: 'Jan Peter Janssens', pinTriesLeft: 2 }),
    ).toBe(true);
    expect(
      Value.Check(OperatorViewSchema, {
        ...VIEW,
        session: 'failed',
        step: 'error',
        errorCode: 'pin-blocked',
      }),
    ).toBe(true);
  });

  it.each([
    ['an identity field', { nationalNumber: '85.07.30-033.28' }],
    ['a photo', { photo: new Uint8Array(4) }],
    ['contact data', { email: 'jan@example.be' }],
    ['an unknown step', { step: 'elsewhere' }],
    ['an unknown error code', { errorCode: 'oops' }],
    ['an empty name', { holderName: '' }],
    ['a name longer than 401', { holderName: 'x'.repeat(402) }],
    ['tries out of range', { pinTriesLeft: 16 }],
  ])('refuses %s', (_what, extra) => {
    expect(Value.Check(OperatorViewSchema, { ...VIEW, ...extra })).toBe(false);
  });
});

describe('the operator contract', () => {
  it.each(['startSession', 'abortSession', 'getState'] as const)(
    'refuses an argument to %s',
    async (method) => {
      const { pair, calls } = servedDesk();
      const client = createContractClient(OPERATOR_CONTRACT, pair.client);
      cleanup.push(() => client.close());
      const refused = await client
        .call(method, { reader: 'Reader A' } as unknown as Record<string, never>)
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ContractCallError);
      expect((refused as ContractCallError).data.code).toBe('bad-argument');
      expect(calls).toEqual([]);
    },
  );

  it('refuses to send a view with a field it does not know', () => {
    const { server } = servedDesk();
    expect(() =>
      server.emit('state', { ...VIEW, nationalNumber: '85.07.30-033.28' } as OperatorView),
    ).toThrow();
  });
});

describe('connectOperator', () => {
  it('starts from getState, keeps the newest view by seq, and calls the two commands', async () => {
    const { pair, calls, server } = servedDesk();
    const remote = await connectOperator(pair.client);
    cleanup.push(() => remote.close());
    expect(remote.view).toEqual(VIEW);
    const seen: number[] = [];
    remote.onView((view) => seen.push(view.seq));
    server.emit('state', { ...VIEW, seq: 5, step: 'signing' });
    server.emit('state', { ...VIEW, seq: 4, step: 'signPin' }); // late: ignored
    await remote.startSession();
    await remote.abortSession();
    expect(seen).toEqual([5]);
    expect(remote.view.step).toBe('signing');
    expect(calls).toEqual(['startSession', 'abortSession']);
  });
});
