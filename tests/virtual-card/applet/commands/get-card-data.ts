import { status, type CommandApdu, type ResponseApdu } from '../apdu.ts';
import type { AppletContext } from '../session.ts';
import { SW, wrongLe } from '../status-words.ts';

/**
 * GET CARD DATA `80 E4 00 P2 Le` (RM17 §6.9, RM18 §6.14; belpic-protocol.md §1.4).
 * P2=00: 28 bytes (16-byte serial ‖ 12 bytes of versions and life cycle). P2=01 (1.8 only):
 * the same plus byte 28 = tries left of PIN 01 and two RFU bytes `FF FF`. No security
 * condition; wrong Le → `6C 1C`/`6C 1F`; any other P1/P2 → `6B00`.
 */
export function getCardData(apdu: CommandApdu, ctx: AppletContext, serial: Uint8Array): ResponseApdu {
  const { personality, pin } = ctx;
  const withTries = apdu.p2 === 0x01 && personality.cardDataWithPinTries;
  if (apdu.p1 !== 0x00 || (apdu.p2 !== 0x00 && !withTries)) return status(SW.WRONG_PARAMETERS);
  const data = new Uint8Array(withTries ? 31 : 28);
  data.set(serial, 0);
  data.set(personality.cardDataTail, 16);
  if (withTries) data.set([pin.triesLeft, 0xff, 0xff], 28);
  if (apdu.le !== data.length) return status(wrongLe(data.length));
  return { data, sw: SW.OK };
}
