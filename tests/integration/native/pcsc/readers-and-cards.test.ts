import { afterEach, describe, expect, it } from 'vitest';
import type { PcscService } from '../../../../native/pcsc/index.ts';
import { insertCard, nextEvent, startService, VPCD_READERS, type Inserted } from './helpers.ts';

const ATR_18 = Uint8Array.of(
  ...[
    0x3b, 0x7f, 0x96, 0x00, 0x00, 0x80, 0x31, 0x80, 0x65, 0xb0, 0x85, 0x04, 0x01, 0x20, 0x12, 0x0f, 0xff,
    0x82, 0x90, 0x00,
  ],
);

let service: PcscService | undefined;
let inserted: Inserted | undefined;
afterEach(async () => {
  await inserted?.remove();
  await service?.close();
  inserted = undefined;
  service = undefined;
});

describe('PcscService through pcscd and vpcd: readers and cards', () => {
  it('lists the two vpcd readers, empty', async () => {
    service = await startService();

    expect(service.state).toBe('available');
    expect(service.readers().filter((r) => VPCD_READERS.includes(r.name as never))).toEqual([
      { name: 'Virtual PCD 00 00', cardPresent: false, connected: false },
      { name: 'Virtual PCD 00 01', cardPresent: false, connected: false },
    ]);
  });

  it('reports a card inserted (with its ATR) and removed, as events and in the snapshot', async () => {
    service = await startService();
    const inserting = nextEvent(service, 'card-inserted', (e) => e.type === 'card-inserted');

    inserted = await insertCard(service, 'citizen-1.8', 1);
    const insertedEvent = await inserting;
    const snapshot = service.readers().find((r) => r.name === 'Virtual PCD 00 01');
    const removing = nextEvent(service, 'card-removed', (e) => e.type === 'card-removed');
    await inserted.remove();
    inserted = undefined;

    expect(insertedEvent).toEqual({
      type: 'card-inserted',
      reader: 'Virtual PCD 00 01',
      atr: ATR_18,
      mute: false,
    });
    expect(snapshot).toEqual({ name: 'Virtual PCD 00 01', cardPresent: true, atr: ATR_18, connected: false });
    expect(await removing).toEqual({ type: 'card-removed', reader: 'Virtual PCD 00 01' });
  });

  it('waitForCard gives up with a typed timeout on an empty reader', async () => {
    service = await startService();

    await expect(service.waitForCard({ reader: 'Virtual PCD 00 00', timeoutMs: 300 })).rejects.toMatchObject({
      name: 'PcscError',
      code: 'timeout',
    });
  });
});
