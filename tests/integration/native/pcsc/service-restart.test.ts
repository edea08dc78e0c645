import { afterEach, describe, expect, it } from 'vitest';
import { PcscService, type PcscConnection } from '../../../../native/pcsc/index.ts';
import {
  ensurePcscd,
  GET_CARD_DATA,
  insertCard,
  nextEvent,
  startService,
  stopPcscd,
  until,
  VPCD_READERS,
  type Inserted,
} from './helpers.ts';

const services: PcscService[] = [];
const connections: PcscConnection[] = [];
let inserted: Inserted | undefined;
afterEach(async () => {
  ensurePcscd(); // whatever happened, leave the machine's pcscd running for the other tests
  await Promise.all(connections.splice(0).map((c) => c.disconnect()));
  if (inserted?.client.connected) await inserted.remove();
  inserted?.client.close();
  inserted = undefined;
  await Promise.all(services.splice(0).map((s) => s.close()));
});

describe('pcscd stopping and restarting', () => {
  it('reports the service unavailable, keeps retrying, then picks the readers up again (hot-plug)', async () => {
    const service = await startService();
    services.push(service);
    inserted = await insertCard(service, 'citizen-1.8', 0);
    const connection = await service.connect(inserted.reader);
    connections.push(connection);
    const unavailable = nextEvent(service, 'service unavailable', (e) => e.type === 'service-state');

    await stopPcscd();
    const event = await unavailable;
    const failedTransmit = await connection.transmit(GET_CARD_DATA).catch((e: unknown) => e);
    const whileDown = PcscService.start({ postConnectDelayMs: 0 });
    services.push(whileDown);
    const stateWhileDown = whileDown.state;
    const refused = await whileDown.connect(VPCD_READERS[0]).catch((e: unknown) => e);
    const readersWhileDown = service.readers();

    const restartedAt = performance.now();
    ensurePcscd();
    await until('the vpcd readers after the restart', () =>
      VPCD_READERS.every((name) => service.readers().some((r) => r.name === name)),
    );
    const recoveryMs = performance.now() - restartedAt;
    await inserted.insert(); // vpcd went down with pcscd: the card reconnects to the new one
    const fresh = await service.connect(inserted.reader);
    connections.push(fresh);
    const response = await fresh.transmit(GET_CARD_DATA);

    expect(event).toMatchObject({
      type: 'service-state',
      state: 'unavailable',
      error: { code: 'service-unavailable' },
    });
    expect(readersWhileDown).toEqual([]);
    expect(failedTransmit).toMatchObject({ name: 'PcscError', code: 'service-unavailable' });
    expect(stateWhileDown).toBe('unavailable');
    expect(refused).toMatchObject({ code: 'service-unavailable', operation: 'connect' });
    expect(service.state).toBe('available');
    expect(recoveryMs).toBeLessThan(10_000);
    expect(response.subarray(-2)).toEqual(Uint8Array.of(0x90, 0x00));
    await until('the service started while pcscd was down to find it', () => whileDown.state === 'available');
  });
});
