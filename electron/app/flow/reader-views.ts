import type { ReaderView } from '../../../common/flow/snapshot.ts';
import { matchAtr } from '../../../native/belpic/index.ts';
import type { PcscService, ReaderInfo } from '../../../native/pcsc/index.ts';
import type { StepState } from './flow-store.ts';

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

/** What the flow does about the readers: read a card, or show a waiting screen. */
export type ReaderDecision =
  | { readonly kind: 'read'; readonly reader: string }
  | { readonly kind: 'wait'; readonly state: StepState; readonly chosen: string | undefined };

/**
 * The waiting screens (registration-flow.md steps 1–2) or the card to read, from the PC/SC
 * service's state and readers: PC/SC not running, no reader, the reader list (a chosen reader
 * that went away is forgotten), or the reader to read by {@link readerToRead}. With `only`, the
 * other readers are not looked at.
 */
export function readerDecision(pcsc: PcscService, chosen: string | undefined, only?: string): ReaderDecision {
  if (pcsc.state !== 'available')
    return { kind: 'wait', state: { step: 'waitingForReader', pcscAvailable: false }, chosen };
  const connected = pcsc.readers();
  const readers = readerViews(only === undefined ? connected : connected.filter((r) => r.name === only));
  if (readers.length === 0)
    return { kind: 'wait', state: { step: 'waitingForReader', pcscAvailable: true }, chosen };
  const stillThere = readers.some((r) => r.name === chosen) ? chosen : undefined;
  const reader = readerToRead(readers, stillThere);
  if (reader !== undefined) return { kind: 'read', reader };
  const state: StepState = {
    step: 'waitingForCard',
    readers,
    ...(stillThere === undefined ? {} : { chosenReader: stillThere }),
  };
  return { kind: 'wait', state, chosen: stillThere };
}
