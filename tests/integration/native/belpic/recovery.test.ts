import { afterEach, describe, expect, it } from 'vitest';
import { BelpicCard } from '../../../../native/belpic/belpic-card.ts';
import { PcscError, type PcscService } from '../../../../native/pcsc/index.ts';
import { ensurePcscd, insertCard, startService, stopPcscd, until, type Inserted } from '../pcsc/helpers.ts';

let service: PcscService | undefined;
let inserted: Inserted | undefined;
afterEach(async () => {
  ensurePcscd();
  if (inserted?.client.connected) await inserted.remove().catch(() => {});
  await service?.close();
  service = undefined;
  inserted = undefined;
});

describe('the card library recovers from pcscd and card trouble', () => {
  it('pcscd killed mid-session: a typed error, then after restart the next read works', async () => {
    service = await startService();
    inserted = await insertCard(service, 'citizen-1.8', 0);
    const connection = await service.connect(inserted.reader);
    const eid = await BelpicCard.open(connection);
    await eid.readFiles(['identity']);

    await stopPcscd();
    const error = await eid.readFiles(['address']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PcscError);
    await until('the driver to report the service unavailable', () => service!.state === 'unavailable');
    await connection.disconnect().catch(() => {});

    ensurePcscd();
    await until(
      'the vpcd readers back',
      () => service!.readers().some((r) => r.name === inserted!.reader),
      20_000,
    );
    await inserted.insert();
    const again = await service.connect(inserted.reader);
    try {
      const files = await (await BelpicCard.open(again)).readFiles(['identity']);
      expect(files.identity).toEqual(inserted.card.image.files.id.get(0x4031));
    } finally {
      await again.disconnect();
    }
  });

  it('a mute card: a timeout error within the configured time, not a hang', async () => {
    service = await startService({ timeoutMs: 1500 });
    inserted = await insertCard(service, 'citizen-1.7', 0);
    const connection = await service.connect(inserted.reader);
    const eid = await BelpicCard.open(connection);
    inserted.card.faults.goMute();
    const started = performance.now();
    const error = await eid.readFiles(['identity']).catch((e: unknown) => e);
    expect((error as PcscError).code).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(5000);
    await inserted.remove(); // lets the blocked native call return
    await connection.disconnect().catch(() => {});
  });
});
