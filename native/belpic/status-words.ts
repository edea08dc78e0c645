import { BelpicError, swHex } from './belpic-error.ts';

/**
 * Status words of the BELPIC applet, from the status tables of the applet reference manuals
 * (RM17 §6, RM18 §6) as summarised in belpic-protocol.md §8, plus the pinpad reader's own
 * answers (§6.4).
 */
export const StatusWord = {
  /** 90 00: normal end. */
  OK: 0x9000,
  /** 62 83: selected file not activated (1.7 SELECT). */
  FILE_NOT_ACTIVATED_17: 0x6283,
  /** 64 00: no precise diagnostic; from a pinpad reader: timeout. */
  NO_DIAGNOSTIC: 0x6400,
  /** 64 01: pinpad reader, cancelled by the person. */
  PINPAD_CANCELLED: 0x6401,
  /** 64 02: pinpad reader, the two new PINs differ. */
  PINPAD_PINS_DIFFER: 0x6402,
  /** 64 03: pinpad reader, PIN length outside the limits. */
  PINPAD_WRONG_LENGTH: 0x6403,
  /** 65 81: EEPROM corrupted; the card stays mute until reset. */
  EEPROM_CORRUPTED: 0x6581,
  /** 67 00: wrong length. */
  WRONG_LENGTH: 0x6700,
  /** 69 82: security status not satisfied (no PIN right). */
  SECURITY_NOT_SATISFIED: 0x6982,
  /** 69 83: authentication method blocked (PIN tries exhausted). */
  PIN_BLOCKED: 0x6983,
  /** 69 85: conditions of use not satisfied. */
  CONDITIONS_NOT_SATISFIED: 0x6985,
  /** 6A 82: file not found. */
  FILE_NOT_FOUND: 0x6a82,
  /** 6A 86: incorrect P1-P2. */
  WRONG_P1P2: 0x6a86,
  /** 6A 88: referenced data (PIN, key) not found. */
  REFERENCE_NOT_FOUND: 0x6a88,
  /** 6B 00: wrong P1-P2; for READ BINARY, offset at or beyond the end of the file. */
  WRONG_PARAMETERS: 0x6b00,
  /** 6B 80: pinpad reader, invalid parameter. */
  PINPAD_INVALID_PARAMETER: 0x6b80,
  /** 6D 00: instruction not supported, or another applet is selected. */
  INS_NOT_SUPPORTED: 0x6d00,
} as const;

/** What a status word means, as one discriminated union (style rule 5). */
export type StatusOutcome =
  | { readonly kind: 'ok' }
  /** 61xx: `available` bytes wait for GET RESPONSE (xx = 00 means 256). */
  | { readonly kind: 'response-available'; readonly available: number }
  /** 6Cxx: wrong Le, resend with exactly `exact`. */
  | { readonly kind: 'wrong-le'; readonly exact: number }
  /** 63Cx: verification failed, `triesLeft` left. */
  | { readonly kind: 'wrong-pin'; readonly triesLeft: number }
  | { readonly kind: 'pin-blocked' }
  | { readonly kind: 'security-status-not-satisfied' }
  | { readonly kind: 'conditions-not-satisfied' }
  | { readonly kind: 'file-not-found' }
  | { readonly kind: 'reference-not-found' }
  /** 6B00: for READ BINARY the end of the file; elsewhere wrong parameters. */
  | { readonly kind: 'wrong-parameters' }
  /** 6A86 / 6D00: wrong P1-P2 or INS unknown, typically because another applet is selected. */
  | { readonly kind: 'applet-not-selected' }
  | { readonly kind: 'card-defective' }
  | { readonly kind: 'pinpad-timeout' }
  | { readonly kind: 'pinpad-cancelled' }
  | { readonly kind: 'pinpad-rejected' }
  | { readonly kind: 'unexpected'; readonly sw: number };

/** The one place a status word becomes a typed outcome (belpic-protocol.md §8). */
export function interpretStatusWord(sw: number): StatusOutcome {
  const sw1 = sw >> 8;
  const sw2 = sw & 0xff;
  if (sw === StatusWord.OK) return { kind: 'ok' };
  if (sw1 === 0x61) return { kind: 'response-available', available: sw2 === 0 ? 256 : sw2 };
  if (sw1 === 0x6c) return { kind: 'wrong-le', exact: sw2 === 0 ? 256 : sw2 };
  if (sw1 === 0x63 && (sw2 & 0xf0) === 0xc0) return { kind: 'wrong-pin', triesLeft: sw2 & 0x0f };
  switch (sw) {
    case StatusWord.PIN_BLOCKED:
      return { kind: 'pin-blocked' };
    case StatusWord.SECURITY_NOT_SATISFIED:
      return { kind: 'security-status-not-satisfied' };
    case StatusWord.CONDITIONS_NOT_SATISFIED:
      return { kind: 'conditions-not-satisfied' };
    case StatusWord.FILE_NOT_FOUND:
      return { kind: 'file-not-found' };
    case StatusWord.REFERENCE_NOT_FOUND:
      return { kind: 'reference-not-found' };
    case StatusWord.WRONG_PARAMETERS:
      return { kind: 'wrong-parameters' };
    case StatusWord.WRONG_P1P2:
    case StatusWord.INS_NOT_SUPPORTED:
      return { kind: 'applet-not-selected' };
    case StatusWord.EEPROM_CORRUPTED:
      return { kind: 'card-defective' };
    case StatusWord.NO_DIAGNOSTIC:
      return { kind: 'pinpad-timeout' };
    case StatusWord.PINPAD_CANCELLED:
      return { kind: 'pinpad-cancelled' };
    case StatusWord.PINPAD_WRONG_LENGTH:
    case StatusWord.PINPAD_INVALID_PARAMETER:
      return { kind: 'pinpad-rejected' };
    default:
      return { kind: 'unexpected', sw };
  }
}

/**
 * The {@link BelpicError} for a status word that ended an operation. `64 00` is a pinpad
 * timeout only when the reader answered it; from the card it is "no precise diagnostic".
 */
export function statusError(sw: number, operation: string, fromPinpad = false): BelpicError {
  const outcome = interpretStatusWord(sw);
  const details = { sw: swHex(sw), operation };
  switch (outcome.kind) {
    case 'wrong-pin':
      return new BelpicError('wrong-pin', { ...details, triesLeft: outcome.triesLeft });
    case 'pin-blocked':
    case 'security-status-not-satisfied':
    case 'conditions-not-satisfied':
    case 'file-not-found':
    case 'card-defective':
      return new BelpicError(outcome.kind, details);
    case 'reference-not-found':
      return new BelpicError('key-not-found', details);
    case 'pinpad-timeout':
    case 'pinpad-cancelled':
    case 'pinpad-rejected':
      return new BelpicError(fromPinpad ? outcome.kind : 'unexpected-status', details);
    default:
      return new BelpicError('unexpected-status', details);
  }
}
