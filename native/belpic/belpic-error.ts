/**
 * Everything that can go wrong between the library and the BELPIC applet, as data (style rule
 * 6): the flow maps each `code` to its own message; nothing here is user-facing text. Details
 * carry only what is safe to show or log: status words, tries left, file names. Never a PIN,
 * never an APDU's data field, never card content.
 */
export type BelpicErrorCode =
  /** The card is not a Belgian eID (ATR and GET CARD DATA do not match any applet we know). */
  | 'not-belgian-eid'
  /** A Belgian eID whose applet this library does not support (1.1 and earlier). */
  | 'unsupported-applet'
  /** Applet life cycle is not PERSONALIZED (belpic-protocol.md §1.4 byte 27). */
  | 'card-not-personalised'
  /** VERIFY answered 63Cx: wrong PIN, `triesLeft` tries left. */
  | 'wrong-pin'
  /** VERIFY answered 6983: the PIN is blocked. */
  | 'pin-blocked'
  /** The PIN is not 4 to 12 digits (checked before anything is sent). */
  | 'invalid-pin-format'
  /** Pinpad reader: nothing typed before its timeout (6400). */
  | 'pinpad-timeout'
  /** Pinpad reader: the person pressed Cancel (6401). */
  | 'pinpad-cancelled'
  /** Pinpad reader: PIN length outside 4..12 (6403) or a parameter it refused (6B80). */
  | 'pinpad-rejected'
  /** A pinpad verification was asked on a reader without a pinpad. */
  | 'no-pinpad'
  /** 6982: the operation needs a PIN verification first. */
  | 'security-status-not-satisfied'
  /** 6A82 on a file, or the file is present but empty (zero-filled): e.g. no signing certificate. */
  | 'file-not-found'
  /** 6A88 on MSE: the key does not exist on this card (Kids-ID has no signing key). */
  | 'key-not-found'
  /** 6985: conditions of use not satisfied (key not activated, INTERNAL AUTHENTICATE blocked, ...). */
  | 'conditions-not-satisfied'
  /** 6581: EEPROM corrupted, card mute until reset. */
  | 'card-defective'
  /** A response shorter than a status word, or data where none fits the protocol. */
  | 'malformed-response'
  /** The operation does not exist on this applet (e.g. INTERNAL AUTHENTICATE on 1.7). */
  | 'not-supported-by-applet'
  /** A status word the protocol does not expect at this point. */
  | 'unexpected-status';

/** Safe details attached to a {@link BelpicError}. */
export interface BelpicErrorDetails {
  /** Status word as 4 hex digits, when the card answered one. */
  readonly sw?: string;
  /** PIN tries left (wrong-pin). */
  readonly triesLeft?: number;
  /** Command name (`VERIFY`, `PSO:CDS`, ...) or file name (`identity`); never APDU data. */
  readonly operation?: string;
}

/** A typed error from the BELPIC layer. */
export class BelpicError extends Error {
  override readonly name = 'BelpicError';
  readonly code: BelpicErrorCode;
  readonly details: BelpicErrorDetails;

  constructor(code: BelpicErrorCode, details: BelpicErrorDetails = {}) {
    const parts = [details.operation, details.sw && `SW ${details.sw}`].filter(Boolean).join(', ');
    super(parts ? `${code} (${parts})` : code);
    this.code = code;
    this.details = details;
  }
}

/** Status word as 4 upper-case hex digits, for details. */
export function swHex(sw: number): string {
  return sw.toString(16).toUpperCase().padStart(4, '0');
}
