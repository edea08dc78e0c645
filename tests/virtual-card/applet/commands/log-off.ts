import { status, type CommandApdu, type ResponseApdu } from '../apdu.ts';
import type { AppletContext } from '../session.ts';
import { SW } from '../status-words.ts';

/**
 * LOG OFF `80 E6 00 00` (RM17 §6.10, RM18 §6.15): discards every PIN access right. Case 1;
 * eid-mw sends P3 `00`, which is accepted.
 */
export function logOff(apdu: CommandApdu, ctx: AppletContext): ResponseApdu {
  if (apdu.p1 !== 0 || apdu.p2 !== 0) return status(SW.WRONG_PARAMETERS);
  if (apdu.data.length > 0) return status(SW.WRONG_LENGTH);
  ctx.pin.clearRights();
  return status(SW.OK);
}
