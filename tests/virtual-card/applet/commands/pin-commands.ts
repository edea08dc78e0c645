import { status, type CommandApdu, type ResponseApdu } from '../apdu.ts';
import { decodeFormat2PinBlock } from '../pin-block.ts';
import type { AppletContext } from '../session.ts';
import { SW, wrongPin } from '../status-words.ts';

const PIN_REFERENCE = 0x01;

/**
 * VERIFY `00 20 00 01 08 <format-2 block>` (RM17 §6.5, RM18 §6.9; belpic-protocol.md §6.1).
 * Wrong PIN → `63 Cx` (x tries left, `63 C0` on the last one), then `6983` while blocked.
 * The empty VERIFY `00 20 00 01` reports the state without spending a try (1.7 and 1.8):
 * `9000` verified, `63 Cx` not verified, `6983` blocked.
 */
export function verify(apdu: CommandApdu, ctx: AppletContext): ResponseApdu {
  const check = checkReference(apdu);
  if (check !== undefined) return check;
  const { pin } = ctx;
  if (apdu.data.length === 0) {
    // `00 20 00 01` or with P3 = 00: a status query, never a try.
    if (pin.blocked) return status(SW.PIN_BLOCKED);
    return status(pin.verified ? SW.OK : wrongPin(pin.triesLeft));
  }
  if (apdu.data.length !== 8) return status(SW.WRONG_LENGTH);
  const digits = decodeFormat2PinBlock(apdu.data);
  if (digits === undefined) return status(SW.INCORRECT_DATA);
  if (pin.blocked) return status(SW.PIN_BLOCKED);
  if (pin.verify(digits, ctx.session.securityEnvironment?.key)) {
    ctx.persistent.internalAuthenticateCount = 0; // a successful VERIFY unblocks INTERNAL AUTHENTICATE (§7.5)
    return status(SW.OK);
  }
  return status(wrongPin(pin.triesLeft));
}

/**
 * CHANGE REFERENCE DATA `00 24 00 01 10 <old block> <new block>` (RM17 §6.6, RM18 §6.10):
 * both blocks format 2; `6700` wrong length, `6A80` bad format; the old PIN counts like VERIFY.
 */
export function changeReferenceData(apdu: CommandApdu, ctx: AppletContext): ResponseApdu {
  const check = checkReference(apdu);
  if (check !== undefined) return check;
  if (apdu.data.length !== 16) return status(SW.WRONG_LENGTH);
  const oldDigits = decodeFormat2PinBlock(apdu.data.subarray(0, 8));
  const newDigits = decodeFormat2PinBlock(apdu.data.subarray(8, 16));
  if (oldDigits === undefined || newDigits === undefined) return status(SW.INCORRECT_DATA);
  const { pin } = ctx;
  if (pin.blocked) return status(SW.PIN_BLOCKED);
  return status(
    pin.change(oldDigits, newDigits, ctx.session.securityEnvironment?.key) ? SW.OK : wrongPin(pin.triesLeft),
  );
}

/**
 * RESET RETRY COUNTER `00 2C …`: needs the PUK (1.7) or an administrative role (1.8), which a
 * citizen's host never has; answered `6982` (belpic-protocol.md §6.2, exact SW UNCONFIRMED).
 */
export function resetRetryCounter(): ResponseApdu {
  return status(SW.SECURITY_NOT_SATISFIED);
}

/** `6A86` for P1 ≠ 00, `6A88` for a PIN reference other than 01. */
function checkReference(apdu: CommandApdu): ResponseApdu | undefined {
  if (apdu.p1 !== 0x00) return status(SW.WRONG_P1P2);
  if (apdu.p2 !== PIN_REFERENCE) return status(SW.REFERENCE_NOT_FOUND);
  return undefined;
}
