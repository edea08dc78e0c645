import { status, type CommandApdu, type ResponseApdu } from '../apdu.ts';
import type { AppletContext } from '../session.ts';
import { moreData, SW, wrongLe } from '../status-words.ts';

/**
 * GET RESPONSE `00 C0 00 00 Le` (RM17 §6.1, RM18 §6.1; belpic-protocol.md §3.3): returns data
 * left by a `61 xx`. Le too long → `6C xx` and the data stays; shorter → the rest stays and
 * `61 xx` says how much; nothing pending → `6985`.
 */
export function getResponse(apdu: CommandApdu, ctx: AppletContext): ResponseApdu {
  const pending = ctx.session.pendingResponse;
  if (apdu.p1 !== 0 || apdu.p2 !== 0) return status(SW.WRONG_PARAMETERS);
  if (pending === undefined) return status(SW.CONDITIONS_NOT_SATISFIED);
  const le = apdu.le ?? 256;
  if (le > pending.length) return status(wrongLe(pending.length));
  const rest = pending.subarray(le);
  ctx.session.pendingResponse = rest.length > 0 ? rest : undefined;
  return { data: pending.slice(0, le), sw: rest.length > 0 ? moreData(Math.min(rest.length, 256)) : SW.OK };
}

/** Parks `data` for GET RESPONSE and answers `61 xx` (T=0 case 4, RM18 §6.2.3). */
export function respondLater(data: Uint8Array, ctx: AppletContext): ResponseApdu {
  ctx.session.pendingResponse = data;
  return status(moreData(Math.min(data.length, 256)));
}
