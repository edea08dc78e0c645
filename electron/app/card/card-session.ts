import { BelpicCard } from '../../../native/belpic/belpic-card.ts';
import type { PcscConnection } from '../../../native/pcsc/card-connection.ts';
import type { PcscService } from '../../../native/pcsc/pcsc-service.ts';

/** A connection to the card in one reader and the BELPIC card over it. */
export interface CardSession {
  readonly reader: string;
  readonly connection: PcscConnection;
  readonly card: BelpicCard;
  /** Disconnects (resetting the card when the PIN was verified). Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Connects to the card in `reader` (shared, T=0) and identifies it. The connection is closed
 * again when identification fails, so a refused card leaves nothing open.
 */
export async function openCardSession(service: PcscService, reader: string): Promise<CardSession> {
  const connection = await service.connect(reader);
  try {
    const card = await BelpicCard.open(connection);
    return {
      reader,
      connection,
      card,
      close: async () => {
        await connection.disconnect();
      },
    };
  } catch (error) {
    await connection.disconnect().catch(() => {});
    throw error;
  }
}
