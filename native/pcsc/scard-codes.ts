/**
 * What a PC/SC failure means to the caller. A closed set: `electron/app/` maps each one to a
 * user-facing error (style.md rule 6); anything unforeseen is `internal` (a bug or a broken
 * installation, never worth retrying as is).
 */
export type PcscErrorCode =
  /** pcscd / the Smart Card service is not running, stopped, or the client lost it. */
  | 'service-unavailable'
  /** The service runs but has no reader attached. */
  | 'no-readers'
  /** The named reader is not (or no longer) known to the service: unplugged, driver gone. */
  | 'reader-unavailable'
  /** The operation needs a card and the reader is empty. */
  | 'no-card'
  /** The card was removed while we held it (or a response was lost with it). */
  | 'card-removed'
  /** Someone reset the card behind our back: PIN rights and selected files are gone. */
  | 'card-reset'
  /** The card does not answer (mute, unpowered, not responding to reset). */
  | 'card-unresponsive'
  /** The card cannot be used with the requested protocol or by this reader (e.g. T=1 only, bad ATR). */
  | 'card-unsupported'
  /** Another process holds the card exclusively, or this process already has it open. */
  | 'sharing-violation'
  /** A PC/SC wait timed out, or our own per-call guard gave up on a native call. */
  | 'timeout'
  /** Cancelled (SCardCancel, the system, the user, or an AbortSignal). */
  | 'cancelled'
  /** The card exchange failed mid-way; eid-mw resets the card and retries (belpic-protocol.md §1.2). */
  | 'transaction-failed'
  /** The handle or context is no longer valid (e.g. the connection was closed). */
  | 'invalid-handle'
  /** Everything else: programming errors, resource exhaustion, unknown codes. */
  | 'internal';

/** One row of the SCARD_* table: the constant's name, its meaning and our code for it. */
export interface ScardCodeInfo {
  readonly name: string;
  readonly description: string;
  readonly code: PcscErrorCode;
}

/**
 * Every SCARD_* return code of pcsc-lite's `pcsclite.h` (1.9.9) and WinSCard (`winerror.h`),
 * with the meaning both document and the {@link PcscErrorCode} we give it. Decisions worth a
 * note: `SCARD_F_COMM_ERROR` is what pcsc-lite's client returns when the pcscd socket breaks
 * (measured: "RPC transport error" on every pending call when pcscd stops), so it means the
 * service is gone; `SCARD_W_UNPOWERED_CARD` is recoverable by reconnecting, so it counts as an
 * unresponsive card; `SCARD_E_PROTO_MISMATCH` is a card that cannot speak T=0 (BELPIC is T=0
 * only, belpic-protocol.md §1.2), so it is unsupported rather than unresponsive.
 */
const TABLE: readonly (readonly [number, string, PcscErrorCode, string])[] = [
  [0x80100001, 'SCARD_F_INTERNAL_ERROR', 'internal', 'internal consistency check failed'],
  [0x80100002, 'SCARD_E_CANCELLED', 'cancelled', 'cancelled by an SCardCancel request'],
  [0x80100003, 'SCARD_E_INVALID_HANDLE', 'invalid-handle', 'the supplied handle was invalid'],
  [0x80100004, 'SCARD_E_INVALID_PARAMETER', 'internal', 'a parameter could not be interpreted'],
  [0x80100005, 'SCARD_E_INVALID_TARGET', 'internal', 'registry startup information missing or invalid'],
  [0x80100006, 'SCARD_E_NO_MEMORY', 'internal', 'not enough memory'],
  [0x80100007, 'SCARD_F_WAITED_TOO_LONG', 'timeout', 'an internal consistency timer expired'],
  [0x80100008, 'SCARD_E_INSUFFICIENT_BUFFER', 'internal', 'the receive buffer is too small'],
  [0x80100009, 'SCARD_E_UNKNOWN_READER', 'reader-unavailable', 'the reader name is not recognised'],
  [0x8010000a, 'SCARD_E_TIMEOUT', 'timeout', 'the user-specified timeout expired'],
  [0x8010000b, 'SCARD_E_SHARING_VIOLATION', 'sharing-violation', 'the card is in use by another connection'],
  [0x8010000c, 'SCARD_E_NO_SMARTCARD', 'no-card', 'no card in the reader'],
  [0x8010000d, 'SCARD_E_UNKNOWN_CARD', 'card-unsupported', 'the card name is not recognised'],
  [0x8010000e, 'SCARD_E_CANT_DISPOSE', 'internal', 'the card could not be disposed of as requested'],
  [0x8010000f, 'SCARD_E_PROTO_MISMATCH', 'card-unsupported', 'the requested protocol is not the card’s'],
  [0x80100010, 'SCARD_E_NOT_READY', 'reader-unavailable', 'the reader or card is not ready'],
  [0x80100011, 'SCARD_E_INVALID_VALUE', 'internal', 'a parameter value could not be interpreted'],
  [0x80100012, 'SCARD_E_SYSTEM_CANCELLED', 'cancelled', 'cancelled by the system (log-off or shutdown)'],
  [0x80100013, 'SCARD_F_COMM_ERROR', 'service-unavailable', 'communication with the service failed'],
  [0x80100014, 'SCARD_F_UNKNOWN_ERROR', 'internal', 'internal error of unknown source'],
  [0x80100015, 'SCARD_E_INVALID_ATR', 'card-unsupported', 'invalid ATR'],
  [0x80100016, 'SCARD_E_NOT_TRANSACTED', 'transaction-failed', 'the exchange with the card failed'],
  [0x80100017, 'SCARD_E_READER_UNAVAILABLE', 'reader-unavailable', 'the reader is not available'],
  [0x80100018, 'SCARD_P_SHUTDOWN', 'service-unavailable', 'aborted because the service is exiting'],
  [0x80100019, 'SCARD_E_PCI_TOO_SMALL', 'internal', 'the PCI receive buffer is too small'],
  [0x8010001a, 'SCARD_E_READER_UNSUPPORTED', 'reader-unavailable', 'the reader driver is not supported'],
  [0x8010001b, 'SCARD_E_DUPLICATE_READER', 'reader-unavailable', 'the reader driver gave a duplicate name'],
  [0x8010001c, 'SCARD_E_CARD_UNSUPPORTED', 'card-unsupported', 'the card does not meet minimal requirements'],
  [0x8010001d, 'SCARD_E_NO_SERVICE', 'service-unavailable', 'the smart card service is not running'],
  [0x8010001e, 'SCARD_E_SERVICE_STOPPED', 'service-unavailable', 'the smart card service has shut down'],
  // pcsc-lite gives SCARD_E_UNEXPECTED and SCARD_E_UNSUPPORTED_FEATURE the same value.
  [0x8010001f, 'SCARD_E_UNSUPPORTED_FEATURE', 'internal', 'unexpected error or unsupported feature'],
  [0x80100020, 'SCARD_E_ICC_INSTALLATION', 'internal', 'no primary provider for the card'],
  [0x80100021, 'SCARD_E_ICC_CREATEORDER', 'internal', 'object creation order not supported'],
  [0x80100022, 'SCARD_E_UNSUPPORTED_FEATURE', 'internal', 'unsupported feature (WinSCard value)'],
  [0x80100023, 'SCARD_E_DIR_NOT_FOUND', 'internal', 'directory not found on the card'],
  [0x80100024, 'SCARD_E_FILE_NOT_FOUND', 'internal', 'file not found on the card'],
  [0x80100025, 'SCARD_E_NO_DIR', 'internal', 'not a card directory'],
  [0x80100026, 'SCARD_E_NO_FILE', 'internal', 'not a card file'],
  [0x80100027, 'SCARD_E_NO_ACCESS', 'internal', 'access to the file denied'],
  [0x80100028, 'SCARD_E_WRITE_TOO_MANY', 'internal', 'not enough memory on the card'],
  [0x80100029, 'SCARD_E_BAD_SEEK', 'internal', 'bad file pointer'],
  [0x8010002a, 'SCARD_E_INVALID_CHV', 'internal', 'incorrect PIN (service-level)'],
  [0x8010002b, 'SCARD_E_UNKNOWN_RES_MNG', 'internal', 'unrecognised code from a layered component'],
  [0x8010002c, 'SCARD_E_NO_SUCH_CERTIFICATE', 'internal', 'no such certificate'],
  [0x8010002d, 'SCARD_E_CERTIFICATE_UNAVAILABLE', 'internal', 'certificate unavailable'],
  [0x8010002e, 'SCARD_E_NO_READERS_AVAILABLE', 'no-readers', 'no reader is attached'],
  [0x8010002f, 'SCARD_E_COMM_DATA_LOST', 'transaction-failed', 'communication error with the card'],
  [0x80100030, 'SCARD_E_NO_KEY_CONTAINER', 'internal', 'no key container'],
  [0x80100031, 'SCARD_E_SERVER_TOO_BUSY', 'service-unavailable', 'the service is too busy'],
  [0x80100065, 'SCARD_W_UNSUPPORTED_CARD', 'card-unsupported', 'ATR configuration conflict'],
  [0x80100066, 'SCARD_W_UNRESPONSIVE_CARD', 'card-unresponsive', 'the card does not respond to reset'],
  [0x80100067, 'SCARD_W_UNPOWERED_CARD', 'card-unresponsive', 'the card is not powered'],
  [0x80100068, 'SCARD_W_RESET_CARD', 'card-reset', 'the card was reset (shared state lost)'],
  [0x80100069, 'SCARD_W_REMOVED_CARD', 'card-removed', 'the card was removed'],
  [0x8010006a, 'SCARD_W_SECURITY_VIOLATION', 'internal', 'security violation'],
  [0x8010006b, 'SCARD_W_WRONG_CHV', 'internal', 'wrong PIN (service-level)'],
  [0x8010006c, 'SCARD_W_CHV_BLOCKED', 'internal', 'PIN blocked (service-level)'],
  [0x8010006d, 'SCARD_W_EOF', 'internal', 'end of card file'],
  [0x8010006e, 'SCARD_W_CANCELLED_BY_USER', 'cancelled', 'cancelled by the user'],
  [0x8010006f, 'SCARD_W_CARD_NOT_AUTHENTICATED', 'internal', 'no PIN was presented'],
];

const BY_VALUE: ReadonlyMap<number, ScardCodeInfo> = new Map(
  TABLE.map(([value, name, code, description]) => [value, { name, code, description }]),
);

/** The table row for an SCARD_* value, or undefined for a value neither header defines. */
export function scardCodeInfo(value: number): ScardCodeInfo | undefined {
  return BY_VALUE.get(value >>> 0);
}

/** Every SCARD_* value of the table (for tests and documentation). */
export function knownScardValues(): readonly number[] {
  return [...BY_VALUE.keys()];
}

/**
 * Whether an operation that failed with `code` may succeed when tried again after the user
 * (or the program) acts: re-insert the card, start the service, reconnect, wait. `internal`,
 * `card-unsupported` and `cancelled` are not: retrying changes nothing or undoes a choice.
 */
export const RETRIABLE: Readonly<Record<PcscErrorCode, boolean>> = {
  'service-unavailable': true,
  'no-readers': true,
  'reader-unavailable': true,
  'no-card': true,
  'card-removed': true,
  'card-reset': true,
  'card-unresponsive': true,
  'card-unsupported': false,
  'sharing-violation': true,
  timeout: true,
  cancelled: false,
  'transaction-failed': true,
  'invalid-handle': true,
  internal: false,
};
