import { createRequire } from 'node:module';
import type {
  ActiveProtocol,
  BindingReader,
  ContextEvents,
  Disposition,
  PcscBinding,
  ProtocolPreference,
  ReaderStatus,
  ShareMode,
} from './binding.ts';

type Callback<T> = (error: Error | null | undefined, value: T) => void;

/** The parts of pcsclite's CardReader we use (node_modules/pcsclite/index.d.ts). */
interface CardReader {
  readonly name: string;
  readonly connected: boolean;
  readonly SCARD_SHARE_SHARED: number;
  readonly SCARD_SHARE_EXCLUSIVE: number;
  readonly SCARD_PROTOCOL_T0: number;
  readonly SCARD_PROTOCOL_T1: number;
  readonly SCARD_STATE_PRESENT: number;
  readonly SCARD_STATE_MUTE: number;
  readonly SCARD_LEAVE_CARD: number;
  readonly SCARD_RESET_CARD: number;
  on(event: 'status', listener: (status: { state: number; atr?: Uint8Array }) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'end', listener: () => void): void;
  connect(options: { share_mode: number; protocol: number }, cb: Callback<number>): void;
  disconnect(disposition: number, cb: Callback<void>): void;
  transmit(data: Buffer, maxLength: number, protocol: number, cb: Callback<Buffer>): void;
  control(data: Buffer, code: number, maxLength: number, cb: Callback<Buffer>): void;
  close(): void;
}

interface PcscLite {
  on(event: 'reader', listener: (reader: CardReader) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  close(): void;
}

/**
 * The {@link PcscBinding} over the `pcsclite` addon: the only code that touches it. Kept to
 * argument translation. pcsclite facts it relies on: the constructor throws when pcscd is
 * absent; `connect` defaults to EXCLUSIVE, so the share mode is always passed; `connect` on a
 * reader object that is still connected answers without a protocol, so a stale handle is
 * dropped first; errors after `close()` (a late SCARD_E_CANCELLED) are swallowed here; closes
 * run on a later turn of the event loop (see `close` below).
 */
export function createPcscliteBinding(): PcscBinding {
  return {
    open(events) {
      const load = createRequire(import.meta.url)('pcsclite') as () => PcscLite;
      const pcsc = load();
      let closed = false;
      pcsc.on('error', (error) => {
        if (!closed) events.error(error);
      });
      pcsc.on('reader', (reader) => watchReader(reader, events));
      return {
        close() {
          closed = true;
          setImmediate(() => pcsc.close());
        },
      };
    },
    controlCode(code) {
      return process.platform === 'win32' ? (0x31 << 16) | (code << 2) : 0x42000000 + code;
    },
  };
}

function watchReader(reader: CardReader, events: ContextEvents): void {
  let closed = false;
  const listeners = events.reader(wrap(reader, () => (closed = true)));
  reader.on('status', ({ state, atr }) => {
    if (!closed) listeners.status(decodeStatus(reader, state, atr));
  });
  reader.on('error', (error) => {
    if (!closed) listeners.error(error);
  });
  reader.on('end', () => listeners.end());
}

function decodeStatus(reader: CardReader, state: number, atr: Uint8Array | undefined): ReaderStatus {
  return {
    present: (state & reader.SCARD_STATE_PRESENT) !== 0,
    mute: (state & reader.SCARD_STATE_MUTE) !== 0,
    atr: new Uint8Array(atr ?? []),
    eventCount: state >>> 16,
  };
}

function wrap(reader: CardReader, onClose: () => void): BindingReader {
  const call = <T>(run: (cb: Callback<T>) => void): Promise<T> =>
    new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value))));
  return {
    name: reader.name,
    async connect(share: ShareMode, protocol: ProtocolPreference): Promise<ActiveProtocol> {
      if (reader.connected)
        await call<void>((cb) => reader.disconnect(reader.SCARD_LEAVE_CARD, cb)).catch(() => {});
      const share_mode = share === 'exclusive' ? reader.SCARD_SHARE_EXCLUSIVE : reader.SCARD_SHARE_SHARED;
      const { SCARD_PROTOCOL_T0: t0, SCARD_PROTOCOL_T1: t1 } = reader;
      const wanted = protocol === 'T0' ? t0 : protocol === 'T1' ? t1 : t0 | t1;
      const active = await call<number>((cb) => reader.connect({ share_mode, protocol: wanted }, cb));
      return active === reader.SCARD_PROTOCOL_T1 ? 'T1' : 'T0';
    },
    transmit(command, maxResponseLength, protocol) {
      const data = Buffer.alloc(command.length);
      data.set(command);
      const pci = protocol === 'T1' ? reader.SCARD_PROTOCOL_T1 : reader.SCARD_PROTOCOL_T0;
      return call<Buffer>((cb) => reader.transmit(data, maxResponseLength, pci, cb))
        .then((response) => new Uint8Array(response))
        .finally(() => data.fill(0)); // the command may be a VERIFY carrying the PIN
    },
    control(code, input, maxResponseLength) {
      const data = Buffer.from(input);
      return call<Buffer>((cb) => reader.control(data, code, maxResponseLength, cb)).then(
        (response) => new Uint8Array(response),
      );
    },
    disconnect(disposition: Disposition) {
      const value = disposition === 'reset' ? reader.SCARD_RESET_CARD : reader.SCARD_LEAVE_CARD;
      return call<void>((cb) => reader.disconnect(value, cb));
    },
    close() {
      onClose();
      // Not synchronously: pcsclite emits a reader's events holding that reader's mutex, which
      // close() takes on the main thread, so closing from a listener would deadlock.
      setImmediate(() => reader.close());
    },
  };
}
