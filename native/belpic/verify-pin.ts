import type { CardChannel, PinpadVerifyRequest } from './card-channel.ts';
import { BelpicError } from './belpic-error.ts';
import { commandWithData } from './apdu/command-apdu.ts';
import { parseResponse } from './apdu/response-apdu.ts';
import { formatTwoPinBlock, PIN_MAX_DIGITS, PIN_MIN_DIGITS, pinpadTemplateBlock } from './pin-block.ts';
import { interpretStatusWord, statusError } from './status-words.ts';

/** VERIFY header for PINcardholder: `00 20 00 01` (RM17 §6.5, RM18 §6.9; §6.1). */
const VERIFY = { cla: 0x00, ins: 0x20, p1: 0x00, p2: 0x01 } as const;

/**
 * Where the PIN comes from: digits the person typed (ASCII, zero-filled by this library after
 * use, also on failure), or the reader's PIN pad.
 */
export type PinEntry =
  | { readonly kind: 'digits'; readonly digits: Uint8Array }
  | { readonly kind: 'pinpad'; readonly languageId: number };

/**
 * Sends exactly one VERIFY (never retried: a wrong retry spends a try, and three block the
 * card). Wrong PIN → `wrong-pin` with the tries left; blocked → `pin-blocked`. The PIN block
 * and the APDU holding it are zero-filled in `finally`, and so is `entry.digits`.
 */
export async function verifyPin(channel: CardChannel, entry: PinEntry): Promise<void> {
  if (entry.kind === 'pinpad') return verifyPinOnPinpad(channel, entry.languageId);
  let block: Uint8Array | undefined;
  let command: Uint8Array | undefined;
  try {
    block = formatTwoPinBlock(entry.digits);
    command = commandWithData(VERIFY, block);
    const response = parseResponse(await channel.transmit(command), 'VERIFY');
    if (response.sw !== 0x9000) throw statusError(response.sw, 'VERIFY');
  } finally {
    block?.fill(0);
    command?.fill(0);
    entry.digits.fill(0);
  }
}

/**
 * The Belgian PIN_VERIFY_STRUCTURE parameters, the same in eid-mw, the minidriver,
 * commons-eid and BeIDConnect (belpic-protocol.md §6.4): 30 s timeouts; format string 89
 * (bytes, PIN after the 2L byte, left-justified, BCD); block string 47 (4-bit length, 7-byte
 * block); length format 04 (length in bits, at bit 4, the L nibble); 4..12 digits; validation
 * key; the VERIFY template `00 20 00 01 08 20 FF×7`.
 */
export function belgianPinpadRequest(languageId: number): PinpadVerifyRequest {
  return {
    timeoutSeconds: 30,
    formatString: 0x89,
    pinBlockString: 0x47,
    pinLengthFormat: 0x04,
    minDigits: PIN_MIN_DIGITS,
    maxDigits: PIN_MAX_DIGITS,
    entryValidation: 0x02,
    languageId,
    apduTemplate: commandWithData(VERIFY, pinpadTemplateBlock()),
  };
}

/** VERIFY through the reader's PIN pad (PC/SC part 10 FEATURE_VERIFY_PIN_DIRECT). */
async function verifyPinOnPinpad(channel: CardChannel, languageId: number): Promise<void> {
  if (!channel.pinpad) throw new BelpicError('no-pinpad', { operation: 'VERIFY' });
  const response = parseResponse(await channel.pinpad.verifyPin(belgianPinpadRequest(languageId)), 'VERIFY');
  if (response.sw !== 0x9000) throw statusError(response.sw, 'VERIFY (pinpad)', true);
}

/** What the card says about the PIN without spending a try. */
export type PinStatus =
  | { readonly kind: 'tries-left'; readonly triesLeft: number }
  | { readonly kind: 'blocked' }
  /** 1.7's empty VERIFY answers 9000 once the PIN was verified in this session: no count. */
  | { readonly kind: 'verified' };

/**
 * The empty VERIFY `00 20 00 01` (Lc absent): on 1.7 and 1.8 it does not decrement and answers
 * 63Cx, 6983 or 9000 (RM17 §6.5, RM18 §6.9; §6.1). Never sent to a 1.1 applet, where it counts
 * as a wrong PIN (the caller chooses by the applet profile).
 */
export async function pinStatusByEmptyVerify(channel: CardChannel): Promise<PinStatus> {
  const response = parseResponse(await channel.transmit(commandWithData(VERIFY)), 'VERIFY (status)');
  const outcome = interpretStatusWord(response.sw);
  if (outcome.kind === 'ok') return { kind: 'verified' };
  if (outcome.kind === 'wrong-pin') return { kind: 'tries-left', triesLeft: outcome.triesLeft };
  if (outcome.kind === 'pin-blocked') return { kind: 'blocked' };
  throw statusError(response.sw, 'VERIFY (status)');
}
