import { PcscService } from '../../native/pcsc/index.ts';
import { insertCard, startService, VPCD_READERS, type Inserted } from '../integration/native/pcsc/helpers.ts';
import { FakeBinding } from '../unit/native/pcsc/fakes/fake-binding.ts';
import { CardSlot } from './flow-card-slot.ts';

/** Where the wizard stack's virtual card lives. */
export type CardSourceKind = 'pcscd' | 'in-process';

/** A PC/SC service with one reader whose virtual card can be put in and pulled out. */
export interface CardSource {
  readonly kind: CardSourceKind;
  readonly pcsc: PcscService;
  /** The reader the flow is told to use. */
  readonly reader: string;
  /** True while a card is in the reader. */
  readonly inserted: boolean;
  /** Puts a new virtual card `cardId` (PIN `pin`) in the reader, pulling out the one there. */
  insert(cardId: string, pin?: string): Promise<void>;
  /** Pulls the card out (nothing if there is none); resolves once PC/SC has seen it. */
  remove(): Promise<void>;
  /** Pulls the card out and stops the PC/SC service. */
  close(): Promise<void>;
}

/** The in-process reader's name. */
export const IN_PROCESS_READER = 'Virtual Reader 00';

/**
 * The real `PcscService` over the fake PC/SC binding, with one reader holding virtual cards in
 * process (as in flow-harness.ts): no pcscd needed, removal is instant.
 */
export function inProcessCardSource(): CardSource {
  const binding = new FakeBinding();
  const pcsc = PcscService.start({ binding, postConnectDelayMs: 0, backoff: { initialMs: 5, maxMs: 20 } });
  const slot = new CardSlot(binding.context, IN_PROCESS_READER);
  return {
    kind: 'in-process',
    pcsc,
    reader: IN_PROCESS_READER,
    get inserted() {
      return slot.card?.inserted ?? false;
    },
    async insert(cardId, pin) {
      if (slot.card?.inserted) slot.remove();
      slot.insert(cardId, pin);
    },
    async remove() {
      if (slot.card?.inserted) slot.remove();
    },
    async close() {
      if (slot.card?.inserted) slot.remove();
      await pcsc.close();
    },
  };
}

/**
 * The real `PcscService` through the machine's pcscd, the card a virtual card in vpcd reader
 * `readerIndex` (`Virtual PCD 00 0<index>`). Needs pcscd running with vsmartcard-vpcd
 * (scripts/pcscd-ensure.sh); rejects after 10 s if the vpcd readers do not show.
 */
export async function pcscdCardSource(readerIndex: 0 | 1 = 0): Promise<CardSource> {
  const pcsc = await startService();
  const reader = VPCD_READERS[readerIndex];
  let current: Inserted | undefined;
  const remove = async (): Promise<void> => {
    const leaving = current;
    current = undefined;
    await leaving?.remove();
  };
  return {
    kind: 'pcscd',
    pcsc,
    reader,
    get inserted() {
      return current !== undefined;
    },
    async insert(cardId, pin = '1234') {
      await remove();
      current = await insertCard(pcsc, cardId, readerIndex, pin);
    },
    remove,
    async close() {
      await remove().catch(() => undefined);
      await pcsc.close();
    },
  };
}
