import { backoffDelay, type BackoffOptions } from './backoff.ts';
import type { BindingContext, BindingReader, PcscBinding, ReaderEvents } from './binding.ts';
import type { PcscConnection } from './card-connection.ts';
import { openConnection, type ConnectOptions } from './open-connection.ts';
import { PcscError, toPcscError } from './pcsc-error.ts';
import { createPcscliteBinding } from './pcsclite-binding.ts';
import { ReaderEntry, type ReaderInfo } from './reader-entry.ts';
import { systemScheduler, type Scheduler } from './scheduler.ts';
import {
  ServiceEvents,
  type PcscServiceEvent,
  type PcscServiceEventOf,
  type ServiceState,
} from './service-events.ts';
import { waitForCard, type CardWait, type WaitForCardOptions } from './wait-for-card.ts';

/** Options of {@link PcscService.start}; every one has a production default. */
export interface PcscServiceOptions {
  /** The PC/SC binding (default: pcsclite). Unit tests pass a fake. */
  readonly binding?: PcscBinding;
  /** Timers and clock (default: Node's). */
  readonly scheduler?: Scheduler;
  /** Back-off between attempts to reach the service (default 250 ms doubling to 5 s). */
  readonly backoff?: BackoffOptions;
  /** Default per-call timeout of connect, transmit, control and disconnect (default 30 s). */
  readonly timeoutMs?: number;
  /**
   * Pause after SCardConnect before the first APDU (default 200 ms: eid-mw does it because
   * "some cards/readers will return an error e.g. 0x8010002F", belpic-protocol.md §1.2).
   * vpcd does not need it: tests and demos pass 0.
   */
  readonly postConnectDelayMs?: number;
}

/**
 * The PC/SC service as the app sees it: its availability, its readers and their cards, as a
 * snapshot and as events, and connections to cards. Never throws or hangs because pcscd is
 * absent or restarts: it reports `unavailable`, releases the dead context and tries again with
 * back-off, then reports the readers again (architecture.md, "Card layer shape").
 */
export class PcscService {
  readonly #binding: PcscBinding;
  readonly #scheduler: Scheduler;
  readonly #options: PcscServiceOptions;
  readonly #events = new ServiceEvents();
  readonly #readers = new Map<string, ReaderEntry>();
  #state: ServiceState = 'unavailable';
  #context: BindingContext | undefined;
  #generation = 0;
  #attempt = 0;
  #cancelRetry: (() => void) | undefined;
  #closing: Promise<void> | undefined;

  private constructor(options: PcscServiceOptions) {
    this.#options = options;
    this.#binding = options.binding ?? createPcscliteBinding();
    this.#scheduler = options.scheduler ?? systemScheduler;
  }

  /** Creates the service and tries to reach PC/SC at once; read {@link state} for the outcome. */
  static start(options: PcscServiceOptions = {}): PcscService {
    const service = new PcscService(options);
    service.#open();
    return service;
  }

  get state(): ServiceState {
    return this.#state;
  }

  /** The readers known now, with their cards. */
  readers(): ReaderInfo[] {
    return [...this.#readers.values()].map((entry) => entry.info());
  }

  /** Subscribes to every event; returns the unsubscribe function. */
  onEvent(listener: (event: PcscServiceEvent) => void): () => void {
    return this.#events.onEvent(listener);
  }

  /** Subscribes to one kind of event; returns the unsubscribe function. */
  on<K extends PcscServiceEvent['type']>(
    type: K,
    listener: (event: PcscServiceEventOf<K>) => void,
  ): () => void {
    return this.#events.on(type, listener);
  }

  /** Resolves with the first card present in `reader` (or any reader); see {@link WaitForCardOptions}. */
  waitForCard(options: WaitForCardOptions = {}): Promise<CardWait> {
    return waitForCard(this, this.#scheduler, options);
  }

  /** SCardConnect to the card in `readerName`, shared and T=0 unless told otherwise. */
  async connect(readerName: string, options: ConnectOptions = {}): Promise<PcscConnection> {
    const entry = this.#readers.get(readerName);
    if (this.#state !== 'available')
      throw new PcscError('service-unavailable', 'connect', 'the PC/SC service is not available');
    if (!entry) throw new PcscError('reader-unavailable', 'connect', 'no such reader');
    if (entry.connecting || entry.connection?.state === 'open') {
      throw new PcscError(
        'sharing-violation',
        'connect',
        'this process already has a connection to the reader',
      );
    }
    entry.connecting = true;
    try {
      return await openConnection(
        {
          entry,
          scheduler: this.#scheduler,
          controlCode: (fn) => this.#binding.controlCode(fn),
          postConnectDelayMs: this.#options.postConnectDelayMs ?? 200,
          stillCurrent: () => this.#readers.get(entry.name) === entry,
        },
        options,
        options.timeoutMs ?? this.#options.timeoutMs ?? 30_000,
      );
    } finally {
      entry.connecting = false;
    }
  }

  /** Disconnects every connection, stops monitoring and retrying; the process may then exit. */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    this.#cancelRetry?.();
    const connections = [...this.#readers.values()].flatMap((e) => (e.connection ? [e.connection] : []));
    await Promise.all(connections.map((c) => c.disconnect()));
    this.#teardown('service-unavailable', 'the PC/SC service was closed', false);
    this.#setState('closed');
  }

  #open(): void {
    this.#cancelRetry = undefined;
    if (this.#state === 'closed' || this.#closing) return;
    const generation = ++this.#generation;
    try {
      this.#context = this.#binding.open({
        reader: (reader) => this.#onReader(generation, reader),
        error: (error) => this.#onContextError(generation, error),
      });
    } catch (error) {
      this.#unavailable(toPcscError(error, 'establish-context'));
      return;
    }
    // The back-off restarts once the context has shown it works (a reader appeared): a binding
    // whose open only fails later (the remote binding's host, docs/card-library.md) must not
    // retry every 250 ms.
    this.#setState('available');
  }

  #unavailable(error: PcscError): void {
    const retryInMs = backoffDelay(this.#attempt++, this.#options.backoff);
    this.#cancelRetry = this.#scheduler.setTimer(retryInMs, () => this.#open(), { unref: true });
    this.#setState('unavailable', error, retryInMs);
  }

  #onContextError(generation: number, error: Error): void {
    if (generation !== this.#generation || this.#state !== 'available') return;
    // State first, so a listener seeing the readers go can tell a stopped service from an unplugged reader.
    this.#unavailable(toPcscError(error, 'monitor'));
    this.#teardown('service-unavailable', 'the PC/SC service stopped', true);
  }

  /** Forgets the context and every reader, reporting their cards and themselves as gone. */
  #teardown(code: 'service-unavailable', detail: string, emit: boolean): void {
    this.#generation += 1;
    const context = this.#context;
    this.#context = undefined;
    for (const entry of [...this.#readers.values()]) this.#forget(entry, code, detail, emit);
    try {
      context?.close();
    } catch {
      // A context whose service is gone may refuse to close; it is released with its object.
    }
  }

  #onReader(generation: number, reader: BindingReader): ReaderEvents {
    const ignore: ReaderEvents = { status: () => {}, error: () => {}, end: () => {} };
    if (generation !== this.#generation || this.#readers.has(reader.name)) {
      reader.close();
      return ignore;
    }
    this.#attempt = 0;
    const entry = new ReaderEntry(reader, this.#scheduler);
    this.#readers.set(reader.name, entry);
    this.#events.emit({ type: 'reader-added', reader: reader.name });
    const current = () => this.#readers.get(reader.name) === entry;
    return {
      status: (status) => {
        if (!current()) return;
        const change = entry.update(status);
        if (change === 'removed' || change === 'swapped') this.#emitRemoved(entry.name);
        if (change === 'inserted' || change === 'swapped') {
          this.#events.emit({
            type: 'card-inserted',
            reader: entry.name,
            atr: status.atr.slice(),
            mute: status.mute,
          });
        }
      },
      // The monitor ends right after an error; 'end' does the bookkeeping.
      error: () => {},
      end: () => {
        if (current()) this.#forget(entry, 'reader-unavailable', 'the reader was removed', true);
      },
    };
  }

  #forget(
    entry: ReaderEntry,
    code: 'service-unavailable' | 'reader-unavailable',
    detail: string,
    emit: boolean,
  ): void {
    this.#readers.delete(entry.name);
    entry.connection?.invalidate(code, detail);
    entry.close();
    if (!emit) return;
    if (entry.cardPresent) this.#emitRemoved(entry.name);
    this.#events.emit({ type: 'reader-removed', reader: entry.name });
  }

  #emitRemoved(reader: string): void {
    this.#events.emit({ type: 'card-removed', reader });
  }

  #setState(state: ServiceState, error?: PcscError, retryInMs?: number): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#events.emit({
      type: 'service-state',
      state,
      ...(error ? { error } : {}),
      ...(retryInMs === undefined ? {} : { retryInMs }),
    });
  }
}
