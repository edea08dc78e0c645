import { Type } from 'typebox';
import { BytesSchema } from '../../../../common/ipc/bytes-schema.ts';
import { command, defineContract } from '../../../../common/ipc/contract.ts';
import { ContractError } from '../../../../common/ipc/contract-error.ts';
import type { ContractHandlers } from '../../../../common/ipc/handlers.ts';

const closed = { additionalProperties: false } as const;
const Empty = Type.Object({}, closed);

/** A small contract exercising every feature of the machinery, for the contract suite. */
export const testContract = defineContract({
  commands: {
    echo: command(
      Type.Object({ text: Type.String({ maxLength: 100 }) }, closed),
      Type.Object({ text: Type.String() }),
    ),
    reverseBytes: command(
      Type.Object(
        {
          data: BytesSchema({ maxLength: 4096 }),
          parts: Type.Array(BytesSchema({ maxLength: 16 }), { maxItems: 4 }),
        },
        closed,
      ),
      Type.Object({
        data: BytesSchema({ maxLength: 4096 }),
        parts: Type.Array(BytesSchema({ maxLength: 16 })),
      }),
    ),
    failWithRetries: command(Type.Object({ triesLeft: Type.Integer({ minimum: 0 }) }, closed), Type.Null()),
    explode: command(Empty, Type.Null()),
    waitForAbort: command(Empty, Type.Null()),
    offSchema: command(Empty, Type.Object({ ok: Type.Boolean() })),
  },
  events: {
    progress: Type.Object(
      { step: Type.String(), percent: Type.Integer({ minimum: 0, maximum: 100 }) },
      closed,
    ),
    photo: Type.Object({ jpeg: BytesSchema({ maxLength: 4096 }) }, closed),
  },
});

/** The type of {@link testContract}. */
export type TestContract = typeof testContract;

/** A secret that a handler's exception carries and that must never reach the client. */
export const SECRET = 'SECRET-1234-/home/citizen';

/** Handlers of the test contract that record what happened to them. */
export interface TestService {
  readonly handlers: ContractHandlers<TestContract>;
  /** The methods whose handler ran, in order. */
  readonly called: string[];
  /** Resolves when `waitForAbort` has started. */
  readonly started: Promise<void>;
  /** Resolves with the abort reason `waitForAbort` saw. */
  readonly aborted: Promise<unknown>;
}

/** Fresh handlers with fresh probes (one per test). */
export function createTestService(): TestService {
  const called: string[] = [];
  const started = deferred<void>();
  const aborted = deferred<unknown>();
  const handlers: ContractHandlers<TestContract> = {
    echo: ({ text }) => {
      called.push('echo');
      return { text };
    },
    reverseBytes: async ({ data, parts }) => {
      called.push('reverseBytes');
      return { data: data.slice().reverse(), parts: parts.toReversed() };
    },
    failWithRetries: ({ triesLeft }) => {
      called.push('failWithRetries');
      throw new ContractError({
        code: 'wrong-pin',
        category: 'retriable',
        details: { triesLeft },
        retryTo: 'authenticatePin',
      });
    },
    explode: () => {
      called.push('explode');
      throw new Error(`could not open ${SECRET}`);
    },
    waitForAbort: (_arg, { signal }) => {
      called.push('waitForAbort');
      started.resolve();
      return new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => {
          aborted.resolve(signal.reason);
          reject(new Error('aborted'));
        });
      });
    },
    offSchema: () => {
      called.push('offSchema');
      return { ok: 'yes' } as unknown as { ok: boolean };
    },
  };
  return { handlers, called, started: started.promise, aborted: aborted.promise };
}

/** A promise with its resolve function (ES2024's `Promise.withResolvers`, which ES2023 lacks). */
export function deferred<T>(): { readonly promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
