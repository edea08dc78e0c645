import { writeFileSync } from 'node:fs';
import { PcscService, type PcscServiceOptions } from '../../../native/pcsc/pcsc-service.ts';
import { openCardSession } from '../card/card-session.ts';
import { readCardData, type CardData } from '../card/read-card-data.ts';

/** Options of {@link readCard}. */
export interface ReadOptions {
  readonly reader?: string;
  readonly waitMs: number;
  readonly photo: boolean;
  readonly trustAnchors: readonly Uint8Array[];
  readonly now: Date;
  readonly service?: PcscServiceOptions;
}

/**
 * Waits for a card (in `reader` or any reader), reads identity, address, the five
 * certificates and, on request, the photo, checks their integrity and disconnects. Rejects
 * with the driver's or the card layer's typed error.
 */
export async function readCard(options: ReadOptions): Promise<CardData> {
  const service = PcscService.start(options.service);
  try {
    const found = await service.waitForCard({ reader: options.reader, timeoutMs: options.waitMs });
    const session = await openCardSession(service, found.reader);
    try {
      return await readCardData(
        session.card,
        { photo: options.photo, certificates: true },
        options.trustAnchors,
        options.now,
      );
    } finally {
      await session.close();
    }
  } finally {
    await service.close();
  }
}

/** Writes the photo (a JPEG) to `path`, readable by the user only: it is personal data. */
export function writePhoto(path: string, photo: Uint8Array): void {
  writeFileSync(path, photo, { mode: 0o600 });
}
