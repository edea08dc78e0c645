import { describe, expect, it } from 'vitest';
import { deferred, scardError } from './fakes/fake-binding.ts';
import { ATR_17, startService } from './service-harness.ts';

const GET_CARD_DATA = Uint8Array.of(0x80, 0xe4, 0x00, 0x00, 0x1c);

describe('PcscService.connect', () => {
  it('connects shared with T=0 by default and gives the reader’s ATR', async () => {
    const { binding, service } = startService();
    const reader = binding.context.addReader('Reader A');
    reader.insert(ATR_17);

    const connection = await service.connect('Reader A');

    expect(reader.calls[0]).toEqual({ op: 'connect', share: 'shared', protocol: 'T0' });
    expect(connection.atr).toEqual(ATR_17);
    expect(connection.protocol).toBe('T0');
    expect(connection.share).toBe('shared');
    expect(connection.readerName).toBe('Reader A');
    expect(service.readers()[0]?.connected).toBe(true);
  });

  it('passes exclusive share mode and another protocol when asked', async () => {
    const { binding, service } = startService();
    const reader = binding.context.addReader('Reader A');
    reader.connectWith = () => 'T1';

    const connection = await service.connect('Reader A', { share: 'exclusive', protocol: 'any' });
    await connection.transmit(GET_CARD_DATA);

    expect(reader.calls[0]).toEqual({ op: 'connect', share: 'exclusive', protocol: 'any' });
    expect(reader.calls.find((c) => c.op === 'transmit')).toMatchObject({ protocol: 'T1', maxLength: 65538 });
  });

  it('waits postConnectDelayMs (default 200 ms) before resolving', async () => {
    const { binding, scheduler, service } = startService(true, { postConnectDelayMs: undefined });
    binding.context.addReader('Reader A');
    let connected = false;
    void service.connect('Reader A').then(() => (connected = true));

    await scheduler.advance(199);
    const early = connected;
    await scheduler.advance(1);

    expect(early).toBe(false);
    expect(connected).toBe(true);
  });

  it('maps an SCardConnect failure (no card) to a typed error', async () => {
    const { binding, service } = startService();
    binding.context.addReader('Reader A').connectWith = () => {
      throw scardError('SCardConnect', 0x8010000c, 'No smart card inserted');
    };

    await expect(service.connect('Reader A')).rejects.toMatchObject({
      code: 'no-card',
      operation: 'connect',
      scard: '0x8010000c',
    });
  });

  it('refuses an unknown reader, an unavailable service and a second connection to the same reader', async () => {
    const { binding, service } = startService();
    binding.context.addReader('Reader A');
    await service.connect('Reader A');

    await expect(service.connect('Reader Z')).rejects.toMatchObject({ code: 'reader-unavailable' });
    await expect(service.connect('Reader A')).rejects.toMatchObject({ code: 'sharing-violation' });
    binding.context.stopService();
    await expect(service.connect('Reader A')).rejects.toMatchObject({ code: 'service-unavailable' });
  });

  it('refuses a second connect while the first is still under way', async () => {
    const { binding, service } = startService();
    binding.context.addReader('Reader A');

    const [first, second] = await Promise.allSettled([
      service.connect('Reader A'),
      service.connect('Reader A'),
    ]);

    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({ status: 'rejected', reason: { code: 'sharing-violation' } });
  });

  it('allows a new connection once the previous one is disconnected', async () => {
    const { binding, service } = startService();
    const reader = binding.context.addReader('Reader A');
    const first = await service.connect('Reader A');

    await first.disconnect();
    const second = await service.connect('Reader A');

    expect(second.state).toBe('open');
    expect(reader.calledOps().filter((op) => op === 'connect')).toHaveLength(2);
  });

  it('replaces a connection broken by a timeout only once its stuck call returned, resetting the card', async () => {
    const { binding, scheduler, service } = startService(true, { timeoutMs: 1000 });
    const reader = binding.context.addReader('Reader A');
    const broken = await service.connect('Reader A');
    const stuck = deferred<Uint8Array>();
    reader.answer = () => stuck.promise;
    const verify = broken.transmit(
      Uint8Array.of(0x00, 0x20, 0x00, 0x01, 0x08, 0x24, 0x12, 0x34, 0xff, 0xff, 0xff, 0xff, 0xff),
    );
    const timedOut = verify.catch((e: unknown) => e);
    await scheduler.advance(1000);
    await timedOut;

    const refused = service.connect('Reader A').catch((e: unknown) => e);
    await scheduler.advance(1000);
    const whileStuck = await refused;
    stuck.resolve(Uint8Array.of(0x90, 0x00)); // the card is pulled or answers at last
    const replacement = await service.connect('Reader A');

    expect(whileStuck).toMatchObject({ code: 'card-unresponsive', operation: 'connect' });
    expect(reader.calledOps()).toEqual([
      'connect',
      'control',
      'transmit',
      'disconnect',
      'connect',
      'control',
    ]);
    expect(reader.calls[3]).toEqual({ op: 'disconnect', disposition: 'reset' });
    expect(replacement.state).toBe('open');
  });

  it('makes the connections of a stopped service and of an unplugged reader unusable', async () => {
    const { binding, service } = startService();
    binding.context.addReader('Reader A');
    const b = binding.context.addReader('Reader B');
    const onA = await service.connect('Reader A');
    const onB = await service.connect('Reader B');

    b.events.end();
    binding.context.stopService();

    await expect(onB.transmit(GET_CARD_DATA)).rejects.toMatchObject({ code: 'reader-unavailable' });
    await expect(onA.transmit(GET_CARD_DATA)).rejects.toMatchObject({ code: 'service-unavailable' });
    expect(onA.state).toBe('broken');
  });

  it('close() disconnects open connections', async () => {
    const { binding, service } = startService();
    const reader = binding.context.addReader('Reader A');
    const connection = await service.connect('Reader A');

    await service.close();

    expect(reader.calls.at(-1)).toEqual({ op: 'disconnect', disposition: 'leave' });
    expect(connection.state).toBe('closed');
  });
});
