import type { ActiveProtocol, Disposition, ProtocolPreference, ShareMode } from '../binding.ts';

/**
 * The messages between the card service's host process and the {@link PcscBinding} that
 * drives it from main (docs/card-library.md, "The binding in its own process"; peers-and-users.md
 * §3a). They cross a structured clone (Node's `serialization: 'advanced'` or Electron's
 * `parentPort`), so byte strings are `Uint8Array`s. Readers are numbered by the host, since
 * a name may come back after its reader left. Every message is checked on arrival
 * (protocol-guards.ts); one that does not match is dropped with a diagnostic.
 */

/** One call on a reader; `id` pairs it with its {@link CallResult} or {@link CallFailure}. */
export type CallMessage =
  | {
      readonly type: 'call';
      readonly id: number;
      readonly reader: number;
      readonly op: 'connect';
      readonly share: ShareMode;
      readonly protocol: ProtocolPreference;
    }
  | {
      readonly type: 'call';
      readonly id: number;
      readonly reader: number;
      readonly op: 'transmit';
      /** The APDU (possibly a VERIFY with the PIN): the host zero-fills it after SCardTransmit. */
      readonly command: Uint8Array;
      readonly maxResponseLength: number;
      readonly protocol: ActiveProtocol;
    }
  | {
      readonly type: 'call';
      readonly id: number;
      readonly reader: number;
      readonly op: 'control';
      readonly code: number;
      readonly data: Uint8Array;
      readonly maxResponseLength: number;
    }
  | {
      readonly type: 'call';
      readonly id: number;
      readonly reader: number;
      readonly op: 'disconnect';
      readonly disposition: Disposition;
    };

/** Main to host. */
export type ParentMessage =
  /** SCardEstablishContext and watch the readers (once per host process). */
  | { readonly type: 'open' }
  /** Release the context; the host process then exits. */
  | { readonly type: 'close' }
  /** Stop one reader's monitor. */
  | { readonly type: 'close-reader'; readonly reader: number }
  | CallMessage;

/** Host to main. */
export type HostMessage =
  /** A reader appeared. */
  | { readonly type: 'reader'; readonly reader: number; readonly name: string }
  /** A reader's status (`ReaderStatus`). */
  | {
      readonly type: 'status';
      readonly reader: number;
      readonly present: boolean;
      readonly mute: boolean;
      readonly atr: Uint8Array;
      readonly eventCount: number;
    }
  /** A reader's monitor failed (pcsclite's message, ending in the SCARD_* code). */
  | { readonly type: 'reader-error'; readonly reader: number; readonly message: string }
  /** A reader's monitor ended. */
  | { readonly type: 'reader-end'; readonly reader: number }
  /** SCardEstablishContext failed, or the reader-list monitor stopped: the context is dead. */
  | { readonly type: 'context-error'; readonly message: string }
  | CallResult
  | CallFailure;

/** A call succeeded: the protocol (connect), the response bytes (transmit, control) or null (disconnect). */
export interface CallResult {
  readonly type: 'result';
  readonly id: number;
  readonly value: ActiveProtocol | Uint8Array | null;
}

/** A call failed: the error's message only (pcsclite's, ending in the SCARD_* code; never APDU bytes). */
export interface CallFailure {
  readonly type: 'failure';
  readonly id: number;
  readonly message: string;
}

/** SCARD_E_NO_SERVICE, as pcsclite ends its messages: `toPcscError` maps it to `service-unavailable`. */
export const NO_SERVICE = '(0x8010001d)';
/** SCARD_E_READER_UNAVAILABLE: a call on a reader the host no longer has. */
export const READER_UNAVAILABLE = '(0x80100017)';

/** Longest error message forwarded either way (pcsclite's are short; anything longer is cut). */
export const MAX_MESSAGE_LENGTH = 300;

/** Something a side dropped or noticed; `detail` names message types, never their content. */
export interface RemoteDiagnostic {
  readonly kind: 'malformed-message' | 'unexpected-message' | 'host-exited';
  readonly detail: string;
}
