/**
 * The seam between the driver's logic and the PC/SC addon. `pcsclite-binding.ts` implements
 * it over the `pcsclite` npm package; unit tests implement it with a fake. Failures are
 * thrown / rejected exactly as pcsclite produces them (an Error whose message ends in the
 * SCARD_* code): the driver maps them at its one choke point, `toPcscError`.
 */
export interface PcscBinding {
  /**
   * SCardEstablishContext and start watching the reader list. Throws (pcsclite: "...
   * SCardEstablishContext error: Service not available.(0x8010001d)") when the service is
   * absent. `events.reader` is called for each reader that appears and returns the listeners
   * for that reader, attached before any of its events can fire.
   */
  open(events: ContextEvents): BindingContext;
  /** SCARD_CTL_CODE(code) of the platform (pcsc-lite: 0x42000000 + code; Windows: 0x31 << 16 | code << 2). */
  controlCode(code: number): number;
}

/** What the context reports: readers appearing, and the monitor failing (service gone). */
export interface ContextEvents {
  reader(reader: BindingReader): ReaderEvents;
  /** The reader-list monitor stopped on an error; the context is dead. */
  error(error: Error): void;
}

/** An established context; `close` stops its monitor (SCardCancel) and releases it. */
export interface BindingContext {
  close(): void;
}

/** What one reader's monitor reports. `end` comes once, after removal, failure or close. */
export interface ReaderEvents {
  status(status: ReaderStatus): void;
  error(error: Error): void;
  end(): void;
}

/** A reader's state from SCardGetStatusChange, decoded from the SCARD_STATE_* flags. */
export interface ReaderStatus {
  /** SCARD_STATE_PRESENT. */
  readonly present: boolean;
  /** SCARD_STATE_MUTE: a card is there but did not answer the reset. */
  readonly mute: boolean;
  /** The ATR (empty when no card or mute). */
  readonly atr: Uint8Array;
  /**
   * The card event counter in the high word of dwEventState (pcsc-lite and WinSCard count
   * insertions and removals there): a change while a card stays present means it was swapped.
   */
  readonly eventCount: number;
}

/** SCARD_SHARE_SHARED or SCARD_SHARE_EXCLUSIVE. */
export type ShareMode = 'shared' | 'exclusive';
/** Preferred protocols for SCardConnect: T=0, T=1 or either. */
export type ProtocolPreference = 'T0' | 'T1' | 'any';
/** The protocol SCardConnect negotiated. */
export type ActiveProtocol = 'T0' | 'T1';
/** SCardDisconnect disposition: SCARD_LEAVE_CARD or SCARD_RESET_CARD. */
export type Disposition = 'leave' | 'reset';

/** One reader: its status monitor plus one card handle (pcsclite keeps one per reader object). */
export interface BindingReader {
  readonly name: string;
  /** SCardConnect; resolves with the active protocol. */
  connect(share: ShareMode, protocol: ProtocolPreference): Promise<ActiveProtocol>;
  /** SCardTransmit; resolves with the response bytes (possibly fewer than 2). */
  transmit(command: Uint8Array, maxResponseLength: number, protocol: ActiveProtocol): Promise<Uint8Array>;
  /** SCardControl. */
  control(code: number, data: Uint8Array, maxResponseLength: number): Promise<Uint8Array>;
  /** SCardDisconnect. */
  disconnect(disposition: Disposition): Promise<void>;
  /** Stops the reader's status monitor. */
  close(): void;
}
