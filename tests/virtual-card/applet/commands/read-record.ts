import { status, type CommandApdu, type ResponseApdu } from '../apdu.ts';
import type { AppletContext } from '../session.ts';
import { moreData, SW, wrongLe } from '../status-words.ts';
import { respondLater } from './get-response.ts';

/**
 * READ RECORD `80 B2 P1 P2 Le` (1.8 only, RM18 §6.8; belpic-protocol.md §3.4): the TLV
 * records with tags P1..P2 of the selected structured EF (`4031`, `4033`), each as
 * `tag(1) length(1) value`. Le `00` = all of it, chained with `61 xx` past 256 bytes.
 */
export function readRecord(apdu: CommandApdu, ctx: AppletContext): ResponseApdu {
  const ef = ctx.session.currentEf;
  if (ef === undefined) return status(SW.NO_CURRENT_EF);
  if (!ef.structured) return status(SW.INCOMPATIBLE_FILE);
  if (apdu.p2 < apdu.p1) return status(SW.RECORD_NOT_FOUND);
  const out: number[] = [];
  for (const { tag, value } of records(ef.content)) {
    if (tag >= apdu.p1 && tag <= apdu.p2) out.push(tag, value.length, ...value);
  }
  if (out.length === 0) return status(SW.RECORD_NOT_FOUND);
  const data = Uint8Array.from(out);
  const le = apdu.le ?? 256;
  if (le === 256 && data.length > 256) {
    respondLater(data.subarray(256), ctx);
    return { data: data.slice(0, 256), sw: moreData(Math.min(data.length - 256, 256)) };
  }
  if (le === 256 || le === data.length) return { data, sw: SW.OK };
  return status(wrongLe(data.length));
}

/** The emulator's own files use one-byte lengths below 0x80 (belpic-protocol.md §4.1). */
function* records(file: Uint8Array): Generator<{ tag: number; value: Uint8Array }> {
  let i = 0;
  while (i + 1 < file.length) {
    const tag = file[i]!;
    const length = file[i + 1]!;
    if (tag === 0 && i > 0) return; // zero padding after the last record
    yield { tag, value: file.subarray(i + 2, i + 2 + length) };
    i += 2 + length;
  }
}
