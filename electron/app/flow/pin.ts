import { PINPAD_LANGUAGE_ID, type Language } from '../../../common/i18n/languages.ts';
import type { PinEntry } from '../../../native/belpic/index.ts';

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
