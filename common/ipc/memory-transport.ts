import { ContractError } from './contract-error.ts';
import type { Envelope } from './envelope.ts';
import { createListenerSet, type ListenerSet } from './listener-set.ts';
import type { Transport } from './transport.ts';

/** The two ends of an in-memory transport: what one sends, the other receives. */
export interface MemoryTransportPair {
  /** The end given to `createContractClient`. */
  readonly client: Transport;
  /** The end given to `serveContract`. */
  readonly server: Transport;
}

/** The global `structuredClone` (the ES library does not declare it; every runtime has it). */
const clone = (globalThis as unknown as { readonly structuredClone: <T>(value: T) => T }).structuredClone;

/**
 * A transport pair in one process, for tests. Like `postMessage`, messages are structured
 * clones taken at send time (so `Uint8Array`s survive as such and later mutations do not
 * show) and arrive asynchronously, in order. Closing either end closes both; messages still
 * on their way when that happens are dropped.
 */
export function createMemoryTransportPair(): MemoryTransportPair {
  let closed = false;
  const inbox = { client: createListenerSet<unknown>(), server: createListenerSet<unknown>() };
  const closeListeners = createListenerSet<void>();

  const close = (): void => {
    if (closed) return;
    closed = true;
    void Promise.resolve().then(() => {
      closeListeners.emit();
      closeListeners.clear();
    });
  };

  const end = (peerInbox: ListenerSet<unknown>, ownInbox: ListenerSet<unknown>): Transport => ({
    send(message: Envelope) {
      if (closed) return;
      let copy: unknown;
      try {
        copy = clone(message);
      } catch {
        throw ContractError.of('internal', { reason: 'not-cloneable' });
      }
      void Promise.resolve().then(() => {
        if (!closed) peerInbox.emit(copy);
      });
    },
    onMessage: (listener) => ownInbox.add(listener),
    onClose(listener) {
      if (!closed) return closeListeners.add(listener);
      void Promise.resolve().then(listener);
      return () => {};
    },
    close,
  });

  return { client: end(inbox.server, inbox.client), server: end(inbox.client, inbox.server) };
}
