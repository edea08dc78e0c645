import { PINPAD_LANGUAGE_ID, type Language } from '../../../common/i18n/languages.ts';
import { BelpicError, type PinEntry, type PinStatus } from '../../../native/belpic/index.ts';
import { FlowFailure } from './flow-failure.ts';

/**
 * Tries of the cardholder PIN (belpic-protocol.md: PIN `01`, 3 tries, on 1.7 and 1.8). A right
 * PIN sets the card's counter back to this, so it is what the next PIN screen shows.
 */
export const PIN_TRIES = 3;

/** ASCII '0'…'9'. */
const isDigit = (byte: number): boolean => byte >= 0x30 && byte <= 0x39;

/**
 * Takes the PIN the person typed: checks it is 4–12 ASCII digits (belpic-protocol.md §6.2),
 * copies it into a buffer the flow owns and zero-fills `typed` at once, valid or not. Returns
 * `undefined` for a PIN of the wrong shape (the renderer does not send one). The caller
 * zero-fills the returned buffer after its one use (never retried: a wrong retry spends a
 * try, and three block the card).
 */
export function takePin(typed: Uint8Array): Uint8Array | undefined {
  try {
    if (typed.length < 4 || typed.length > 12 || !typed.every(isDigit)) return undefined;
    return typed.slice();
  } finally {
    typed.fill(0);
  }
}

/** The card's PIN entry for `digits`, or the reader's PIN pad in `language`. */
export function pinEntry(digits: Uint8Array | undefined, language: Language): PinEntry {
  return digits === undefined
    ? { kind: 'pinpad', languageId: PINPAD_LANGUAGE_ID[language] }
    : { kind: 'digits', digits };
}

/**
 * The tries left from the card's PIN state read without spending one; `pin-blocked` for a
 * blocked PIN. `verified` (1.7's answer once the PIN was verified in this card session) means
 * a right PIN set the counter back to full, whatever wrong PINs came before it.
 */
export function triesOfStatus(status: PinStatus): number {
  if (status.kind === 'blocked') throw new FlowFailure('pin-blocked');
  return status.kind === 'tries-left' ? status.triesLeft : PIN_TRIES;
}

/**
 * When `error` is a PIN the person may type again (the PIN screen is shown again; nothing is
 * retried by itself): a wrong PIN (63Cx, `wrong`, with the tries the card has left) or a PIN
 * pad timeout or cancel (not wrong: no try was spent). Undefined for any other error. A wrong
 * PIN that spent the last try (63C0) is `pin-blocked` at once: a PIN screen with 0 tries left
 * could only earn 6983.
 */
export function pinRefusal(
  error: unknown,
  triesBefore: number | undefined,
): { readonly triesLeft: number; readonly wrong: boolean } | undefined {
  if (!(error instanceof BelpicError)) return undefined;
  if (error.code === 'pinpad-timeout' || error.code === 'pinpad-cancelled')
    return { triesLeft: triesBefore ?? PIN_TRIES, wrong: false };
  if (error.code !== 'wrong-pin') return undefined;
  const left = error.details.triesLeft ?? Math.max(0, (triesBefore ?? 1) - 1);
  if (left === 0) throw new FlowFailure('pin-blocked');
  return { triesLeft: left, wrong: true };
}
