import { describe, expect, it } from 'vitest';
import { createRemoteBinding, PcscService, type PcscServiceEvent } from '../../../../../native/pcsc/index.ts';
import { FakeScheduler } from '../fakes/fake-scheduler.ts';
import { ATR_17, describeEvent } from '../service-harness.ts';
import { fakeLauncher, settle } from './fake-host.ts';

const GET_CARD_DATA = Uint8Array.of(0x80, 0xe4, 0x00, 0x00, 0x1c);

/** PcscService in main over the remote binding, the fake service in fake host processes. */
async function remoteService() {
  const launcher = fakeLauncher();
  const scheduler = new FakeScheduler();
  const service = PcscService.start({
    binding: createRemoteBinding(launcher.launch),
    scheduler,
    postConnectDelayMs: 0,
  });
  const events: PcscServiceEvent[] = [];
  service.onEvent((event) => events.push(event));
  await settle();
  return { launcher, scheduler, service, log: () => events.map(describeEvent) };
}

describe('PcscService over the remote binding', () => {
  it('after a host crash: unavailable, card and reader gone, then a fresh host and the card again', async () => {
    const { launcher, scheduler, service, log } = await remoteService();
    launcher.binding.context.addReader('Reader A').insert(ATR_17);
    await settle();
    const connection = await service.connect('Reader A');
    expect(await connection.transmit(GET_CARD_DATA)).toEqual(Uint8Array.of(0x90, 0x00));

    launcher.host.crash(null);

    expect(service.state).toBe('unavailable');
    expect(service.readers()).toEqual([]);
    expect(connection.state).toBe('broken');
    const failed = await connection.transmit(GET_CARD_DATA).catch((e: unknown) => e);
    expect(failed).toMatchObject({ name: 'PcscError', code: 'service-unavailable' });
    expect(scheduler.pending()[0]?.delayMs).toBe(250);

    await scheduler.advance(250);
    expect(launcher.hosts).toHaveLength(2);
    launcher.binding.context.addReader('Reader A').insert(ATR_17);
    await settle();

    expect(service.state).toBe('available');
    expect(service.readers()).toMatchObject([{ name: 'Reader A', cardPresent: true, connected: false }]);
    expect(log()).toEqual([
      'reader-added Reader A',
      'card-inserted Reader A 3b981340',
      'service-state unavailable service-unavailable',
      'card-removed Reader A',
      'reader-removed Reader A',
      'service-state available',
      'reader-added Reader A',
      'card-inserted Reader A 3b981340',
    ]);
    const fresh = await service.connect('Reader A');
    expect(await fresh.transmit(GET_CARD_DATA)).toEqual(Uint8Array.of(0x90, 0x00));
    await service.close();
  });

  it('a call under way when the host dies fails as the service gone', async () => {
    const { launcher, service } = await remoteService();
    const reader = launcher.binding.context.addReader('Reader A');
    reader.insert(ATR_17);
    await settle();
    const connection = await service.connect('Reader A');
    reader.answer = () => new Promise<Uint8Array>(() => {}); // never answers

    const transmit = connection.transmit(GET_CARD_DATA).catch((e: unknown) => e);
    await settle();
    launcher.host.crash(null);

    expect(await transmit).toMatchObject({ name: 'PcscError', code: 'service-unavailable' });
    await service.close();
  });

  it('backs off while PC/SC is absent in the host, instead of relaunching every 250 ms', async () => {
    const { launcher, scheduler, service } = await remoteService();
    launcher.binding.running = false;
    launcher.host.crash(null);
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      const next = scheduler.pending()[0]?.delayMs ?? -1;
      delays.push(next);
      await scheduler.advance(next);
    }

    expect(delays).toEqual([250, 500, 1000, 2000]);
    expect(service.state).toBe('unavailable');
    await service.close();
  });
});
