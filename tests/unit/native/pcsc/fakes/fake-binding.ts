import type {
  ActiveProtocol,
  BindingContext,
  BindingReader,
  ContextEvents,
  Disposition,
  PcscBinding,
  ProtocolPreference,
  ReaderEvents,
  ShareMode,
} from '../../../../../native/pcsc/index.ts';

/** An Error as pcsclite words it: "<function> error: <text>(0x%08lx)". */
export function scardError(fn: string, code: number, text = 'fake'): Error {
  return new Error(`${fn} error: ${text}.(0x${code.toString(16).padStart(8, '0')})`);
}

/** A promise the test settles by hand. */
export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** One call the driver made on a fake reader. */
export type ReaderCall =
  | { readonly op: 'connect'; readonly share: ShareMode; readonly protocol: ProtocolPreference }
  | {
      readonly op: 'transmit';
      readonly command: Uint8Array;
      readonly maxLength: number;
      readonly protocol: ActiveProtocol;
    }
  | { readonly op: 'control'; readonly code: number; readonly data: Uint8Array }
  | { readonly op: 'disconnect'; readonly disposition: Disposition };

const SW_9000 = Uint8Array.of(0x90, 0x00);

/** A reader of the fake service, driven by the test (card in/out) and scripted (answers). */
export class FakeReader implements BindingReader {
  readonly name: string;
  readonly calls: ReaderCall[] = [];
  events!: ReaderEvents;
  closed = false;
  #eventCount = 0;
  connectWith: () => ActiveProtocol | Promise<ActiveProtocol> = () => 'T0';
  answer: (command: Uint8Array) => Uint8Array | Promise<Uint8Array> = () => SW_9000;
  controlAnswer: (code: number, data: Uint8Array) => Uint8Array | Promise<Uint8Array> = () => {
    throw scardError('SCardControl', 0x8010001f, 'Feature not supported');
  };
  disconnectWith: () => void | Promise<void> = () => {};

  constructor(name: string) {
    this.name = name;
  }

  insert(atr: Uint8Array, mute = false): void {
    this.#eventCount += 1;
    this.events.status({ present: true, mute, atr, eventCount: this.#eventCount });
  }

  remove(): void {
    this.#eventCount += 1;
    this.events.status({ present: false, mute: false, atr: new Uint8Array(0), eventCount: this.#eventCount });
  }

  /** Removal and insertion between two polls: one report, present before and after. */
  swap(atr: Uint8Array): void {
    this.#eventCount += 2;
    this.events.status({ present: true, mute: false, atr, eventCount: this.#eventCount });
  }

  calledOps(): string[] {
    return this.calls.map((c) => c.op);
  }

  async connect(share: ShareMode, protocol: ProtocolPreference): Promise<ActiveProtocol> {
    this.calls.push({ op: 'connect', share, protocol });
    return this.connectWith();
  }

  async transmit(command: Uint8Array, maxLength: number, protocol: ActiveProtocol): Promise<Uint8Array> {
    this.calls.push({ op: 'transmit', command: command.slice(), maxLength, protocol });
    return this.answer(command);
  }

  async control(code: number, data: Uint8Array): Promise<Uint8Array> {
    this.calls.push({ op: 'control', code, data: data.slice() });
    return this.controlAnswer(code, data);
  }

  async disconnect(disposition: Disposition): Promise<void> {
    this.calls.push({ op: 'disconnect', disposition });
    return this.disconnectWith();
  }

  close(): void {
    this.closed = true;
  }
}

/** An established context of the fake service. */
export class FakeContext implements BindingContext {
  readonly events: ContextEvents;
  readonly readers: FakeReader[] = [];
  closed = false;

  constructor(events: ContextEvents) {
    this.events = events;
  }

  /** A reader appears (pcsclite's 'reader' event). */
  addReader(name: string): FakeReader {
    const reader = new FakeReader(name);
    this.readers.push(reader);
    reader.events = this.events.reader(reader);
    return reader;
  }

  /** The service stops: the monitor fails, then every reader's monitor fails and ends. */
  stopService(): void {
    const error = scardError('SCardGetStatusChange', 0x80100013, 'RPC transport error');
    this.events.error(error);
    for (const reader of this.readers) {
      reader.events.error(error);
      reader.events.end();
    }
  }

  close(): void {
    this.closed = true;
  }
}

/** A fake PC/SC service: running or not, with the contexts the driver opened. */
export class FakeBinding implements PcscBinding {
  running: boolean;
  readonly contexts: FakeContext[] = [];
  attempts = 0;

  constructor(running = true) {
    this.running = running;
  }

  /** The most recent context. */
  get context(): FakeContext {
    const context = this.contexts.at(-1);
    if (!context) throw new Error('no context was opened');
    return context;
  }

  open(events: ContextEvents): BindingContext {
    this.attempts += 1;
    if (!this.running) throw scardError('SCardEstablishContext', 0x8010001d, 'Service not available');
    const context = new FakeContext(events);
    this.contexts.push(context);
    return context;
  }

  controlCode(code: number): number {
    return 0x42000000 + code;
  }
}
