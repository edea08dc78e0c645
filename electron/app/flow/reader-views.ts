import type { ReaderView } from '../../../common/flow/snapshot.ts';
import { matchAtr } from '../../../native/belpic/index.ts';
import type { ReaderInfo } from '../../../native/pcsc/index.ts';

/** The reader list as the "waiting for card" screen shows it (registration-flow.md step 2). */
export function readerViews(readers: readonly ReaderInfo[]): ReaderView[] {
  return readers.map((reader) => ({
    name: reader.name,
    card: !reader.cardPresent
      ? 'none'
      : reader.mute
        ? 'mute'
        : reader.atr !== undefined && matchAtr(reader.atr) !== undefined
          ? 'eid'
          : 'other',
  }));
}

/**
 * The reader to read now, if the choice is clear: the chosen one when it holds a card that
 * answers; else the only reader holding a Belgian eID; else the only reader holding any card
 * that answers (an eID with an ATR not in the table is still tried). Several candidates: the
 * person chooses.
 */
export function readerToRead(views: readonly ReaderView[], chosen: string | undefined): string | undefined {
  const answering = views.filter((v) => v.card === 'eid' || v.card === 'other');
  if (chosen !== undefined) return answering.some((v) => v.name === chosen) ? chosen : undefined;
  const eids = answering.filter((v) => v.card === 'eid');
  if (eids.length === 1) return eids[0]!.name;
  if (eids.length === 0 && answering.length === 1) return answering[0]!.name;
  return undefined;
}
