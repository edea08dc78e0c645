import { afterEach, describe, expect, it } from 'vitest';
import type { PcscConnection, PcscService } from '../../../../../native/pcsc/index.ts';
import { GET_CARD_DATA, insertCard, nextEvent, until, type Inserted } from '../helpers.ts';
import { processAlive, startRemoteService } from './remote-service.ts';

const services: PcscService[] = [];
const connections: PcscConnection[] = [];
let inserted: Inserted | undefined;
afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.disconnect()));
  if (inserted?.client.connected) await inserted.remove();
  inserted?.client.close();
  inserted = undefined;
  await Promise.all(services.splice(0).map((s) => s.close()));
});

const SW_9000 = Uint8Array.of(0x90, 0x00);

/** PcscService in this process, pcsclite in a child process (docs/card-library.md). */
describe('the binding in its own process, through pcscd', () => {
  it('reads the virtual card through the child process, which exits when the service closes', async () => {
    const remote = await startRemoteService();
    services.push(remote.service);
    inserted = await insertCard(remote.service, 'citizen-1.8', 0);

    const connection = await remote.service.connect(inserted.reader);
    connections.push(connection);
    const response = await connection.transmit(GET_CARD_DATA);
    await connection.disconnect();
    await remote.service.close();

    expect(response.subarray(-2)).toEqual(SW_9000);
    expect(response.length).toBeGreaterThan(2);
    expect(remote.hosts).toHaveLength(1);
    await until('the host process to exit after close', () => !processAlive(remote.hosts[0]!.pid));
    expect(remote.diagnostics).toEqual([]);
  });

  it('SIGKILL of the child with a card connected: the card is lost, then a fresh child sees it again', async () => {
    const remote = await startRemoteService();
    const { service } = remote;
    services.push(service);
    inserted = await insertCard(service, 'citizen-1.8', 0);
    const connection = await service.connect(inserted.reader);
    connections.push(connection);
    const reader = inserted.reader;
    const seen: string[] = [];
    service.onEvent((e) =>
      seen.push(e.type === 'service-state' ? `state ${e.state}` : `${e.type} ${e.reader}`),
    );
    const unavailable = nextEvent(service, 'unavailable', (e) => e.type === 'service-state');

    remote.crashHost();
    const event = await unavailable;
    const failed = await connection.transmit(GET_CARD_DATA).catch((e: unknown) => e);
    await nextEvent(service, 'available again', (e) => e.type === 'service-state' && e.state === 'available');
    await service.waitForCard({ reader, timeoutMs: 10_000 });
    const fresh = await service.connect(reader);
    connections.push(fresh);
    const response = await fresh.transmit(GET_CARD_DATA);

    expect(event).toMatchObject({ state: 'unavailable', error: { code: 'service-unavailable' } });
    expect(failed).toMatchObject({ name: 'PcscError', code: 'service-unavailable' });
    expect(seen.slice(0, 3)).toEqual([
      'state unavailable',
      `card-removed ${reader}`,
      `reader-removed ${reader}`,
    ]);
    expect(seen).toContain('state available');
    expect(remote.hosts).toHaveLength(2);
    expect(processAlive(remote.hosts[0]!.pid)).toBe(false);
    expect(remote.diagnostics.map((d) => d.kind)).toEqual(['host-exited']);
    expect(response.subarray(-2)).toEqual(SW_9000);
  });
});
