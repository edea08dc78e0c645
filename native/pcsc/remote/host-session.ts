import type { BindingContext, BindingReader, ContextEvents, ReaderEvents } from '../binding.ts';
import { describeMessage, isHostMessage } from './protocol-guards.ts';
import { NO_SERVICE, type CallMessage, type HostMessage } from './protocol.ts';
import type { HostProcess, RemoteBindingOptions } from './remote-binding.ts';

type Call = CallMessage extends infer C ? (C extends CallMessage ? Omit<C, 'type' | 'id'> : never) : never;
type Value = Extract<HostMessage, { type: 'result' }>['value'];
interface Pending {
  readonly op: CallMessage['op'];
  resolve(value: Value): void;
  reject(error: Error): void;
}

/** The kind of answer each call expects (anything else is refused, not passed on). */
const EXPECTS: Record<CallMessage['op'], (value: Value) => boolean> = {
  connect: (v) => v === 'T0' || v === 'T1',
  transmit: (v) => v instanceof Uint8Array,
  control: (v) => v instanceof Uint8Array,
  disconnect: (v) => v === null,
};

/** An Error as pcsclite words SCARD_E_NO_SERVICE, so that `toPcscError` says `service-unavailable`. */
const noService = (detail: string): Error => new Error(`${detail}: Service not available.${NO_SERVICE}`);

/**
 * One context served by one host process (see `createRemoteBinding`). Calls are
 * request/response by id; the command bytes are handed to `post` and not kept. When the
 * process exits without having been asked to close, in this order: the context fails (so
 * `PcscService` reports `unavailable` before its readers go, as when pcscd stops), each reader
 * fails and ends, and every pending call is rejected with SCARD_E_NO_SERVICE.
 */
export function openHostSession(
  host: HostProcess,
  events: ContextEvents,
  options: RemoteBindingOptions,
): BindingContext {
  const readers = new Map<number, ReaderEvents>();
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let state: 'open' | 'closing' | 'gone' = 'open';
  let killTimer: ReturnType<typeof setTimeout> | undefined;
  const drop = (kind: 'malformed-message' | 'unexpected-message', message: unknown): void =>
    options.onDiagnostic?.({ kind, detail: describeMessage(message) });

  const call = <T extends Value>(reader: number, request: Call): Promise<T> => {
    if (state !== 'open') return Promise.reject(noService('the card service process is gone'));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { op: request.op, resolve: resolve as (value: Value) => void, reject });
      try {
        host.post({ ...request, type: 'call', id, reader });
      } catch {
        pending.delete(id);
        reject(noService('the card service process cannot be reached'));
      }
    });
  };

  const remoteReader = (id: number, name: string): BindingReader => ({
    name,
    connect: (share, protocol) => call(id, { reader: id, op: 'connect', share, protocol }),
    transmit: (command, maxResponseLength, protocol) =>
      call(id, { reader: id, op: 'transmit', command, maxResponseLength, protocol }),
    control: (code, data, maxResponseLength) =>
      call(id, { reader: id, op: 'control', code, data, maxResponseLength }),
    disconnect: (disposition) => call<null>(id, { reader: id, op: 'disconnect', disposition }).then(() => {}),
    close() {
      readers.delete(id);
      if (state === 'open') host.post({ type: 'close-reader', reader: id });
    },
  });

  const settle = (message: Extract<HostMessage, { type: 'result' | 'failure' }>): void => {
    const waiting = pending.get(message.id);
    if (!waiting) return drop('unexpected-message', message);
    pending.delete(message.id);
    if (message.type === 'failure') return waiting.reject(new Error(message.message));
    if (EXPECTS[waiting.op](message.value)) return waiting.resolve(message.value);
    drop('malformed-message', message);
    waiting.reject(new Error('the card service answered with the wrong kind of value'));
  };

  const onMessage = (message: HostMessage): void => {
    if (message.type === 'result' || message.type === 'failure') return settle(message);
    if (state !== 'open') return;
    if (message.type === 'context-error') return events.error(new Error(message.message));
    if (message.type === 'reader') {
      if (readers.has(message.reader)) return drop('unexpected-message', message);
      readers.set(message.reader, events.reader(remoteReader(message.reader, message.name)));
      return;
    }
    const reader = readers.get(message.reader);
    if (!reader) return; // a reader closed here whose events were under way
    if (message.type === 'reader-error') return reader.error(new Error(message.message));
    if (message.type === 'reader-end') {
      readers.delete(message.reader);
      return reader.end();
    }
    const { present, mute, atr, eventCount } = message;
    reader.status({ present, mute, atr, eventCount });
  };

  host.onMessage((message) =>
    isHostMessage(message) ? onMessage(message) : drop('malformed-message', message),
  );
  host.onExit((code) => {
    if (state === 'gone') return;
    const crashed = state === 'open';
    state = 'gone';
    clearTimeout(killTimer);
    const gone = (): Error => noService(`the card service process exited (${code ?? 'signal'})`);
    if (crashed) {
      options.onDiagnostic?.({ kind: 'host-exited', detail: `exit code ${code ?? 'none (signal)'}` });
      events.error(gone());
      for (const reader of [...readers.values()]) {
        reader.error(gone());
        reader.end();
      }
    }
    readers.clear();
    for (const waiting of [...pending.values()]) waiting.reject(gone());
    pending.clear();
  });
  try {
    host.post({ type: 'open' });
  } catch {
    // A host that died at once reports its exit: the context fails then.
  }

  return {
    close() {
      if (state !== 'open') return;
      state = 'closing';
      try {
        host.post({ type: 'close' });
      } catch {
        // Already gone: the kill below is then a no-op.
      }
      killTimer = setTimeout(() => host.kill(), options.exitGraceMs ?? 2000);
      killTimer.unref?.();
    },
  };
}
