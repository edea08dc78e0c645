import type { CallSignal } from './call-signal.ts';
import type {
  CommandArg,
  CommandName,
  CommandResult,
  Contract,
  EventName,
  EventPayload,
} from './contract.ts';
import { ContractCallError } from './contract-error.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import { parseEnvelope, type Envelope } from './envelope.ts';
import { ipcErrorData } from './error-codes.ts';
import { createListenerSet, type ListenerSet } from './listener-set.ts';
import { createPendingCalls } from './pending-calls.ts';
import { schemaViolation } from './schema-violation.ts';
import type { Transport } from './transport.ts';

/** Options of one call. */
export interface CallOptions {
  /** Aborting it sends a `cancel` and rejects the call with `cancelled`. */
  readonly signal?: CallSignal;
}

/** Options of {@link createContractClient}. */
export interface ClientOptions {
  /** Receives junk from the other end, refused sends and exceptions thrown by event listeners. */
  readonly onDiagnostic?: DiagnosticSink;
}

/** The caller's (renderer's) view of a contract: typed calls and events. */
export interface ContractClient<C extends Contract> {
  /**
   * Calls command `method`. Resolves with its result (checked against the result schema);
   * rejects with a `ContractCallError` whose `data` is what the server sent, or `cancelled`,
   * `transport-closed`, `bad-result`, `message-too-large` decided on this side.
   */
  call<M extends CommandName<C>>(
    method: M,
    arg: CommandArg<C, M>,
    options?: CallOptions,
  ): Promise<CommandResult<C, M>>;
  /** Listens to event `name` (payloads off their schema are dropped); returns the unsubscribe. */
  on<N extends EventName<C>>(name: N, listener: (payload: EventPayload<C, N>) => void): () => void;
  /** Closes the transport; pending calls reject with `transport-closed`. */
  close(): void;
}

/**
 * A client of `contract` over `transport` (the renderer side). Arguments are not checked
 * here: the server is the authority and checks every one.
 */
export function createContractClient<C extends Contract>(
  contract: C,
  transport: Transport,
  options: ClientOptions = {},
): ContractClient<C> {
  const report = options.onDiagnostic ?? (() => {});
  const pending = createPendingCalls();
  const listeners = new Map<string, ListenerSet<unknown>>();
  let closed = false;

  const onEvent = (name: string, payload: unknown): void => {
    const schema = Object.hasOwn(contract.events, name) ? contract.events[name] : undefined;
    if (schema === undefined || schemaViolation(schema, payload) !== undefined) {
      report({ kind: 'malformed-message', reason: 'event off the contract' });
    } else {
      listeners.get(name)?.emit(payload);
    }
  };

  const onMessage = (message: unknown): void => {
    const envelope = parseEnvelope(message);
    if (envelope === undefined || envelope.kind === 'call' || envelope.kind === 'cancel') {
      const reason = envelope ? `unexpected ${envelope.kind} envelope` : 'not an envelope';
      report({ kind: 'malformed-message', reason });
    } else if (envelope.kind === 'event') {
      onEvent(envelope.name, envelope.payload);
    } else {
      // Answers to calls that were cancelled meanwhile have no pending entry: dropped.
      const call = pending.get(envelope.id);
      if (call === undefined) return;
      if (envelope.kind === 'error') return call.reject(envelope.error);
      const result = contract.commands[call.method]?.result;
      if (result !== undefined && schemaViolation(result, envelope.value) === undefined) {
        call.resolve(envelope.value);
      } else {
        call.reject(ipcErrorData('bad-result'));
      }
    }
  };

  const send = (envelope: Envelope): void => {
    try {
      transport.send(envelope);
    } catch (error) {
      report({ kind: 'send-failed', error });
      throw error;
    }
  };

  const stopMessages = transport.onMessage(onMessage);
  const stopClose = transport.onClose(() => shutDown());

  function shutDown(): void {
    if (closed) return;
    closed = true;
    stopMessages();
    stopClose();
    pending.rejectAll(ipcErrorData('transport-closed'));
  }

  return {
    call(method, arg, callOptions = {}) {
      if (closed) return Promise.reject(new ContractCallError(method, ipcErrorData('transport-closed')));
      return pending.open({
        method,
        signal: callOptions.signal,
        send: (id) => send({ kind: 'call', id, method, arg }),
        cancel: (id) => {
          try {
            send({ kind: 'cancel', id });
          } catch {
            // Reported already; the call has been rejected locally either way.
          }
        },
      }) as Promise<CommandResult<C, typeof method>>;
    },
    on(name, listener) {
      let set = listeners.get(name);
      if (set === undefined) {
        set = createListenerSet((error) => report({ kind: 'listener-threw', error }));
        listeners.set(name, set);
      }
      return set.add(listener as (payload: unknown) => void);
    },
    close() {
      shutDown();
      transport.close();
    },
  };
}
