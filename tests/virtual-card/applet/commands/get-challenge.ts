import { status, type CommandApdu, type ResponseApdu } from '../apdu.ts';
import type { AppletContext } from '../session.ts';
import { SW } from '../status-words.ts';

/**
 * GET CHALLENGE `00 84 00 00 Le`: Le random bytes. Not in the public manuals but used by
 * commons-eid and OpenSC on 1.7 (belpic-protocol.md §7.6); supported on both personalities.
 */
export function getChallenge(apdu: CommandApdu, ctx: AppletContext): ResponseApdu {
  if (apdu.p1 !== 0 || apdu.p2 !== 0) return status(SW.WRONG_PARAMETERS);
  if (apdu.le === undefined) return status(SW.WRONG_LENGTH);
  return { data: ctx.random(apdu.le), sw: SW.OK };
}
