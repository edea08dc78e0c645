import { status, type CommandApdu, type ResponseApdu } from '../apdu.ts';
import type { AppletContext } from '../session.ts';
import { SW, wrongLe } from '../status-words.ts';

/**
 * READ BINARY `00 B0 OFF_H OFF_L Le` (RM17 §6.4, RM18 §6.7; belpic-protocol.md §3.1).
 * Le `00` = 256. Le larger than what remains → `6C xx` with the exact remainder; offset at or
 * past the end → `6B00`; never `6282`, never `61xx`.
 */
export function readBinary(apdu: CommandApdu, ctx: AppletContext): ResponseApdu {
  const ef = ctx.session.currentEf;
  if (apdu.p1 & 0x80) return status(SW.WRONG_PARAMETERS); // short EF identifiers are not supported
  if (apdu.le === undefined || apdu.data.length > 0) return status(SW.WRONG_LENGTH);
  if (ef === undefined) return status(SW.NO_CURRENT_EF);
  const offset = (apdu.p1 << 8) | apdu.p2;
  const size = ef.content.length;
  if (offset >= size) return status(SW.WRONG_PARAMETERS);
  const remaining = size - offset;
  if (apdu.le > remaining) return status(wrongLe(remaining));
  return { data: ef.content.slice(offset, offset + apdu.le), sw: SW.OK };
}
