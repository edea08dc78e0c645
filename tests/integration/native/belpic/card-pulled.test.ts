import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BelpicCard } from '../../../../native/belpic/belpic-card.ts';
import { CARD_FILES, type CardFileName } from '../../../../native/belpic/card-files.ts';
import type { CardChannel } from '../../../../native/belpic/card-channel.ts';
import { PcscError, type PcscConnection, type PcscService } from '../../../../native/pcsc/index.ts';
import { insertCard, startService } from '../pcsc/helpers.ts';

/**
 * The card pulled out at every APDU of identification plus a full read, and of identification
 * plus a signature, through pcscd: each run
 * must end in the typed `card-removed` error, with no APDU sent after the one that failed and
 * no unhandled rejection (Vitest fails the run on one).
 */
let service: PcscService;
beforeAll(async () => {
  service = await startService();
});
afterAll(async () => {
  await service.close();
});

const ALL = Object.keys(CARD_FILES) as CardFileName[];
const digits = (): Uint8Array => Uint8Array.from('1234', (c) => c.charCodeAt(0));

type Operation = (eid: BelpicCard) => Promise<unknown>;

/** The connection as a channel that counts transmits sent after the first one that failed. */
function watched(connection: PcscConnection): { channel: CardChannel; sentAfterFailure: () => number } {
  let failed = false;
  let after = 0;
  const channel: CardChannel = {
    atr: connection.atr,
    control: (code, data) => connection.control(code, data),
    exclusive: (work) => connection.exclusive(work),
    transmit: async (command) => {
      if (failed) after++;
      try {
        return await connection.transmit(command);
      } catch (error) {
        failed = true;
        throw error;
      }
    },
  };
  return { channel, sentAfterFailure: () => after };
}

const fullRead: Operation = (eid) =>
  eid.readFiles(ALL.filter((name) => !CARD_FILES[name].needsBasicKey || eid.applet.basicKey));
const signature: Operation = (eid) =>
  eid.sign({
    key: 'nonRepudiation',
    hash: eid.applet.basicKey ? 'SHA-384' : 'SHA-256',
    digest: new Uint8Array(eid.applet.basicKey ? 48 : 32).fill(7),
    pin: { kind: 'digits', digits: digits() },
  });

/** APDUs the operation sends on an undisturbed card (after identification). */
async function apduCount(id: string, operation: Operation): Promise<{ identify: number; total: number }> {
  const inserted = await insertCard(service, id, 0);
  const connection = await service.connect(inserted.reader);
  try {
    const eid = await BelpicCard.open(connection);
    const identify = inserted.card.trace.count;
    await operation(eid);
    return { identify, total: inserted.card.trace.count };
  } finally {
    await connection.disconnect();
    await inserted.remove();
  }
}

describe.each(['citizen-1.7', 'citizen-1.8'])('%s pulled out at every APDU', (id) => {
  it.each([
    ['a full read (every file, photo included)', fullRead],
    ['a non-repudiation signature', signature],
  ] as const)('%s ends in card-removed each time', async (_name, operation) => {
    const { identify, total } = await apduCount(id, operation);
    expect(total - identify).toBeGreaterThan(2);
    const outcomes: string[] = [];
    for (let answered = 0; answered < total; answered++) {
      const inserted = await insertCard(service, id, 0);
      const connection = await service.connect(inserted.reader);
      try {
        const { channel, sentAfterFailure } = watched(connection);
        inserted.card.faults.removeAfter(answered);
        const error = await BelpicCard.open(channel)
          .then(operation)
          .then(
            () => new Error('completed although the card was pulled'),
            (e: unknown) => e,
          );
        const code = error instanceof PcscError ? error.code : String(error);
        outcomes.push(code);
        expect(code, `pulled after ${answered} APDUs`).toBe('card-removed');
        expect(inserted.card.trace.count).toBe(answered);
        expect(sentAfterFailure(), 'no APDU is sent after the failure').toBe(0);
      } finally {
        await connection.disconnect().catch(() => {});
        if (inserted.client.connected) await inserted.remove();
        else await inserted.remove().catch(() => {});
      }
    }
    expect(outcomes).toHaveLength(total);
  });
});
