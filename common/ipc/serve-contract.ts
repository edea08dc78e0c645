import { createCallController, type CallController } from './call-signal.ts';
import type { CommandDefinition, Contract, EventName, EventPayload } from './contract.ts';
import { ContractError, errorDataOf } from './contract-error.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import { parseEnvelope, salvageCallId, type CallEnvelope, type Envelope } from './envelope.ts';
import { ipcErrorData } from './error-codes.ts';
import type { AnyHandler, ContractHandlers } from './handlers.ts';
import { schemaViolation } from './schema-violation.ts';
import type { Transport } from './transport.ts';
import { wipeRefusedBytes } from './wipe-refused-bytes.ts';

/** Options of {@link serveContract}. */
export interface ServeOptions {
  /** Receives what could not be told to the caller (a handler's exception, junk messages). */
  readonly onDiagnostic?: DiagnosticSink;
}

/** A contract being served on one transport. */
export interface ContractServer<C extends Contract> {
  /** Sends event `name`; throws a `ContractError` `bad-event` if `payload` is off its schema. */
  emit<N extends EventName<C>>(name: N, payload: EventPayload<C, N>): void;
  /** Stops serving: aborts running handlers (`transport-closed`) and closes the transport. */
  close(): void;
}

/**
 * Serves `contract` with `handlers` on `transport` (the main-process side). Every message is
 * validated as an envelope and every argument against its command's schema before a handler
 * runs; every result is validated before it is sent. Handlers throw `ContractError` for
 * expected failures; anything else they throw reaches the caller as `internal`, its message
 * and stack only `onDiagnostic`.
 */
export function serveContract<C extends Contract>(
  contract: C,
  handlers: ContractHandlers<C>,
  transport: Transport,
  options: ServeOptions = {},
): ContractServer<C> {
  const report = options.onDiagnostic ?? (() => {});
  const running = new Map<number, CallController>();
  let closed = false;

  /** Sends `envelope`; an answer the transport refuses is replaced by an error it can carry. */
  const send = (envelope: Envelope, isFallback = false): void => {
    if (closed) return;
    try {
      transport.send(envelope);
    } catch (error) {
      report({ kind: 'send-failed', error });
      if (isFallback || (envelope.kind !== 'result' && envelope.kind !== 'error')) return;
      const data = error instanceof ContractError ? error.toData() : ipcErrorData('internal');
      send({ kind: 'error', id: envelope.id, error: data }, true);
    }
  };

  const run = async (call: CallEnvelope, command: CommandDefinition, handler: AnyHandler): Promise<void> => {
    const controller = createCallController();
    running.set(call.id, controller);
    let value: unknown;
    try {
      value = await handler(call.arg, { signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) return;
      if (!(error instanceof ContractError)) report({ kind: 'handler-threw', method: call.method, error });
      send({ kind: 'error', id: call.id, error: errorDataOf(error) });
      return;
    } finally {
      running.delete(call.id);
    }
    if (controller.signal.aborted) return;
    const violation = schemaViolation(command.result, value);
    if (violation === undefined) {
      send({ kind: 'result', id: call.id, value });
    } else {
      report({ kind: 'bad-result', method: call.method, path: String(violation.path) });
      send({ kind: 'error', id: call.id, error: ipcErrorData('bad-result') });
    }
  };

  const onCall = (call: CallEnvelope): void => {
    const { id, method } = call;
    if (running.has(id)) {
      report({ kind: 'malformed-message', reason: 'duplicate call id' });
      return;
    }
    // Own properties only: `toString` or `constructor` must not find Object.prototype's.
    const command = Object.hasOwn(contract.commands, method) ? contract.commands[method] : undefined;
    const handler = Object.hasOwn(handlers, method)
      ? (handlers as Readonly<Record<string, AnyHandler>>)[method]
      : undefined;
    if (command === undefined || typeof handler !== 'function') {
      wipeRefusedBytes(call.arg);
      send({ kind: 'error', id, error: ipcErrorData('unknown-method') });
      return;
    }
    const violation = schemaViolation(command.arg, call.arg);
    if (violation !== undefined) {
      wipeRefusedBytes(call.arg);
      send({ kind: 'error', id, error: ipcErrorData('bad-argument', violation) });
      return;
    }
    void run(call, command, handler);
  };

  const onMessage = (message: unknown): void => {
    const envelope = parseEnvelope(message);
    if (envelope === undefined) {
      report({ kind: 'malformed-message', reason: 'not an envelope' });
      const id = salvageCallId(message);
      if (id !== undefined && !running.has(id))
        send({ kind: 'error', id, error: ipcErrorData('bad-envelope') });
    } else if (envelope.kind === 'call') {
      onCall(envelope);
    } else if (envelope.kind === 'cancel') {
      running.get(envelope.id)?.abort(ContractError.of('cancelled'));
    } else {
      report({ kind: 'malformed-message', reason: `unexpected ${envelope.kind} envelope` });
    }
  };

  const stopMessages = transport.onMessage(onMessage);
  const stopClose = transport.onClose(() => shutDown());

  function shutDown(): void {
    if (closed) return;
    closed = true;
    stopMessages();
    stopClose();
    for (const controller of running.values()) controller.abort(ContractError.of('transport-closed'));
    running.clear();
  }

  return {
    emit(name, payload) {
      const schema = Object.hasOwn(contract.events, name) ? contract.events[name] : undefined;
      if (schema === undefined || schemaViolation(schema, payload) !== undefined) {
        throw ContractError.of('bad-event', { event: name });
      }
      send({ kind: 'event', name, payload });
    },
    close() {
      shutDown();
      transport.close();
    },
  };
}
