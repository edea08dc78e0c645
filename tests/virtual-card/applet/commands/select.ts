import { status, type CommandApdu, type ResponseApdu } from '../apdu.ts';
import { FID, type DedicatedFile, type FileNode } from '../file-system.ts';
import type { AppletContext } from '../session.ts';
import { SW } from '../status-words.ts';

/** BELPIC applet instance AID (belpic-protocol.md §1.3). */
export const APPLET_AID = Uint8Array.of(
  0xa0,
  0x00,
  0x00,
  0x00,
  0x30,
  0x29,
  0x05,
  0x70,
  0x00,
  0xad,
  0x13,
  0x10,
  0x01,
  0x01,
  0xff,
);

const P1 = { FILE_ID: 0x02, AID: 0x04, PATH: 0x08 } as const;
const P2_NO_FCI = 0x0c;

/**
 * SELECT FILE `00 A4 P1 P2 Lc data` (RM17 §6.3, RM18 §6.6; belpic-protocol.md §2.2). Case 3,
 * never returns FCI. Accepts what real hosts send:
 * - P1=04: the applet AID (P2 00 or 0C, eid-mw sends 00), DF(BELPIC)/DF(ID) AIDs, and the empty
 *   AID that selects the card manager (the applet is then deselected);
 * - P1=02: `3F00` selects the MF from anywhere, `DF00`/`DF01` the child DF of the MF, an EF
 *   FID the EF in the current DF;
 * - P1=08: an absolute path with or without the leading `3F00`.
 */
export function select(apdu: CommandApdu, ctx: AppletContext): ResponseApdu {
  const { session } = ctx;
  if (apdu.p1 === P1.AID) return selectByAid(apdu, ctx);
  if (!session.appletSelected) return status(SW.FILE_NOT_FOUND);
  if (apdu.p2 !== P2_NO_FCI || (apdu.p1 !== P1.FILE_ID && apdu.p1 !== P1.PATH)) return status(SW.WRONG_P1P2);
  if (apdu.data.length === 0 || apdu.data.length % 2 !== 0) return status(SW.LC_INCONSISTENT);
  const fids = [];
  for (let i = 0; i < apdu.data.length; i += 2) fids.push((apdu.data[i]! << 8) | apdu.data[i + 1]!);
  if (apdu.p1 === P1.FILE_ID && fids.length !== 1) return status(SW.LC_INCONSISTENT);
  const target =
    apdu.p1 === P1.FILE_ID ? byFileId(ctx.mf, session.currentDf, fids[0]!) : byPath(ctx.mf, fids);
  if (target === undefined) return status(SW.FILE_NOT_FOUND);
  if (target.kind === 'df') {
    session.currentDf = target;
    session.currentEf = undefined;
  } else {
    session.currentEf = target;
  }
  return status(SW.OK);
}

function selectByAid(apdu: CommandApdu, ctx: AppletContext): ResponseApdu {
  const { session } = ctx;
  if (apdu.data.length === 0) {
    // "A Select with an empty AID is an implicit selection of the Card Manager" (RM18 §6.6).
    session.appletSelected = false;
    return status(SW.OK);
  }
  if (equal(apdu.data, APPLET_AID)) {
    if (apdu.p2 !== 0x00 && apdu.p2 !== P2_NO_FCI) return status(SW.WRONG_P1P2);
    session.appletSelected = true;
    session.currentDf = ctx.mf;
    session.currentEf = undefined;
    return status(SW.OK);
  }
  if (!session.appletSelected) return status(SW.FILE_NOT_FOUND);
  if (apdu.p2 !== P2_NO_FCI) return status(SW.WRONG_P1P2);
  for (const child of ctx.mf.children.values()) {
    if (child.kind === 'df' && child.aid !== undefined && equal(child.aid, apdu.data)) {
      session.currentDf = child;
      session.currentEf = undefined;
      return status(SW.OK);
    }
  }
  return status(SW.FILE_NOT_FOUND);
}

function byFileId(mf: DedicatedFile, current: DedicatedFile, fid: number): FileNode | undefined {
  if (fid === FID.MF) return mf;
  const mfChild = mf.children.get(fid);
  if (mfChild?.kind === 'df') return mfChild; // DF00/DF01 from anywhere (eid-mw, BeIDConnect)
  return current.children.get(fid);
}

function byPath(mf: DedicatedFile, fids: number[]): FileNode | undefined {
  const steps = fids[0] === FID.MF ? fids.slice(1) : fids;
  let node: FileNode = mf;
  for (const fid of steps) {
    if (node.kind !== 'df') return undefined;
    const next: FileNode | undefined = node.children.get(fid);
    if (next === undefined) return undefined;
    node = next;
  }
  return node;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
