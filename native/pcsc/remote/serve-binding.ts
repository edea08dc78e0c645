import type { BindingContext, BindingReader, PcscBinding } from '../binding.ts';
import { describeMessage, isParentMessage, messageOf } from './protocol-guards.ts';
import {
  MAX_MESSAGE_LENGTH,
  READER_UNAVAILABLE,
  type CallMessage,
  type HostMessage,
  type RemoteDiagnostic,
} from './protocol.ts';

/** The host's end of the channel to main (Electron's `parentPort` or Node's IPC; host-port.ts). */
export interface HostPort {
  post(message: HostMessage): void;
  onMessage(listener: (message: unknown) => void): void;
}

/** Options of {@link serveBinding}. */
export interface ServeBindingOptions {
  /** A dropped message (default: none reported). */
  readonly onDiagnostic?: (diagnostic: RemoteDiagnostic) => void;
  /** The context was closed at main's request: the host process may exit. */
  readonly onClosed?: () => void;
}

/**
 * Serves `binding` (in the host process: pcsclite) to main over `port`, as protocol.ts
 * describes: opens one context on `open`, forwards its reader and context events, runs calls
 * and answers each by id. The command bytes of every transmit (a VERIFY carries the PIN) are
 * zero-filled once SCardTransmit returned; failures cross as their message only.
 */
export function serveBinding(binding: PcscBinding, port: HostPort, options: ServeBindingOptions = {}): void {
  const readers = new Map<number, BindingReader>();
  let context: BindingContext | undefined;
  let nextReader = 0;
  const errorMessage = (error: unknown): string => messageOf(error, MAX_MESSAGE_LENGTH);

  const open = (): void => {
    if (context) return;
    try {
      context = binding.open({
        reader(reader) {
          const id = nextReader++;
          readers.set(id, reader);
          port.post({ type: 'reader', reader: id, name: reader.name });
          return {
            status: (s) => port.post({ type: 'status', reader: id, ...s, atr: s.atr.slice() }),
            error: (error) => port.post({ type: 'reader-error', reader: id, message: errorMessage(error) }),
            end() {
              readers.delete(id);
              port.post({ type: 'reader-end', reader: id });
            },
          };
        },
        error: (error) => port.post({ type: 'context-error', message: errorMessage(error) }),
      });
    } catch (error) {
      port.post({ type: 'context-error', message: errorMessage(error) });
    }
  };

  const call = (message: CallMessage): void => {
    const reader = readers.get(message.reader);
    const answer = (run: (reader: BindingReader) => Promise<HostValue>): void => {
      const work = reader
        ? Promise.resolve().then(() => run(reader))
        : Promise.reject(new Error(`remote reader ${message.reader} is gone${READER_UNAVAILABLE}`));
      // The command may be a VERIFY carrying the PIN: wiped however the call ends.
      if (message.op === 'transmit') void work.finally(() => message.command.fill(0)).catch(() => {});
      work.then(
        (value) => port.post({ type: 'result', id: message.id, value }),
        (error: unknown) => port.post({ type: 'failure', id: message.id, message: errorMessage(error) }),
      );
    };
    switch (message.op) {
      case 'connect':
        return answer((r) => r.connect(message.share, message.protocol));
      case 'transmit':
        return answer((r) => r.transmit(message.command, message.maxResponseLength, message.protocol));
      case 'control':
        return answer((r) => r.control(message.code, message.data, message.maxResponseLength));
      case 'disconnect':
        return answer((r) => r.disconnect(message.disposition).then(() => null));
    }
  };

  port.onMessage((message) => {
    if (!isParentMessage(message)) {
      options.onDiagnostic?.({ kind: 'malformed-message', detail: describeMessage(message) });
      return;
    }
    switch (message.type) {
      case 'open':
        return open();
      case 'call':
        return call(message);
      case 'close-reader':
        return quietly(() => readers.get(message.reader)?.close());
      case 'close':
        quietly(() => context?.close());
        context = undefined;
        return options.onClosed?.();
    }
  });
}

type HostValue = Extract<HostMessage, { type: 'result' }>['value'];

/** Runs a close that may fail once its service is gone (nothing is left to release then). */
function quietly(close: () => void): void {
  try {
    close();
  } catch {
    // see above
  }
}
