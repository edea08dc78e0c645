import { buildCardImage } from '../virtual-card/card-image.ts';
import { VpcdClient } from '../virtual-card/transports/vpcd-client.ts';
import { VirtualCard } from '../virtual-card/virtual-card.ts';
import { PcscTestReader } from './pcsc-test-reader.ts';

/** A virtual card inserted in a vpcd reader, seen through pcscd. */
export interface InsertedCard {
  readonly card: VirtualCard;
  readonly client: VpcdClient;
  readonly reader: PcscTestReader;
  readonly readerName: string;
  /** Removes the card, waits until pcscd sees the reader empty and releases PC/SC. */
  close(): Promise<void>;
}

/** pcscd's name for vpcd reader `index`. */
export function vpcdReaderName(index: number): string {
  return `Virtual PCD 00 ${String(index).padStart(2, '0')}`;
}

/** Builds card `id`, inserts it in vpcd reader `index` and waits for pcscd to see it. */
export async function insertVirtualCard(id: string, index = 0, pin = '1234'): Promise<InsertedCard> {
  const card = new VirtualCard(buildCardImage(id), { pin });
  const client = new VpcdClient(card, { reader: index });
  const readerName = vpcdReaderName(index);
  const reader = await PcscTestReader.open(readerName);
  await reader.waitForCard(false);
  await client.connect();
  await reader.waitForCard(true);
  return {
    card,
    client,
    reader,
    readerName,
    async close() {
      await reader.disconnect();
      client.close();
      await reader.waitForCard(false);
      reader.close();
    },
  };
}
