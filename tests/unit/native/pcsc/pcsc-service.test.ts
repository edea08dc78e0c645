import { describe, expect, it } from 'vitest';
import { ATR_17, ATR_18, startService } from './service-harness.ts';

describe('PcscService: reaching the service', () => {
  it('does not throw when the service is absent: unavailable, retrying with back-off 250 ms doubling to 5 s', async () => {
    const { binding, scheduler, service } = startService(false);
    const delays: number[] = [];

    for (let i = 0; i < 7; i++) {
      const next = scheduler.pending()[0];
      delays.push(next?.delayMs ?? -1);
      await scheduler.advance(next?.delayMs ?? 0);
    }

    expect(service.state).toBe('unavailable');
    expect(delays).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000]);
    expect(binding.attempts).toBe(8);
    expect(scheduler.pending().every((t) => t.unref)).toBe(true);
  });

  it('reports available once the service comes back, and sees its readers', async () => {
    const { binding, scheduler, service, log } = startService(false);
    await scheduler.advance(250 + 500);

    binding.running = true;
    await scheduler.advance(1000);
    binding.context.addReader('Reader A');

    expect(service.state).toBe('available');
    expect(log()).toEqual(['service-state available', 'reader-added Reader A']);
    expect(scheduler.pending()).toEqual([]);
  });

  it('when the service stops: unavailable first, then its cards and readers go, the dead context is closed', async () => {
    const { binding, scheduler, service, log } = startService();
    const first = binding.context;
    first.addReader('Reader A').insert(ATR_17);
    first.addReader('Reader B');

    first.stopService();

    expect(service.state).toBe('unavailable');
    expect(log()).toEqual([
      'reader-added Reader A',
      'card-inserted Reader A 3b981340',
      'reader-added Reader B',
      'service-state unavailable service-unavailable',
      'card-removed Reader A',
      'reader-removed Reader A',
      'reader-removed Reader B',
    ]);
    expect(service.readers()).toEqual([]);
    expect(first.closed).toBe(true);
    await scheduler.advance(0);
    expect(first.readers.every((r) => r.closed)).toBe(true);
    expect(scheduler.pending()[0]?.delayMs).toBe(250);
  });

  it('picks the readers up again after a restart (hot-plug) and resets the back-off', async () => {
    const { binding, scheduler, service, log } = startService();
    binding.context.addReader('Reader A');
    binding.running = false;
    binding.context.stopService();
    await scheduler.advance(250 + 500);

    binding.running = true;
    await scheduler.advance(1000);
    binding.context.addReader('Reader A').insert(ATR_18);
    binding.context.addReader('Reader C');

    expect(binding.contexts).toHaveLength(2);
    expect(service.state).toBe('available');
    expect(service.readers().map((r) => [r.name, r.cardPresent])).toEqual([
      ['Reader A', true],
      ['Reader C', false],
    ]);
    expect(log().slice(-5)).toEqual([
      'reader-removed Reader A',
      'service-state available',
      'reader-added Reader A',
      'card-inserted Reader A 3b7f9600',
      'reader-added Reader C',
    ]);
    binding.context.stopService();
    expect(scheduler.pending()[0]?.delayMs).toBe(250);
  });

  it('ignores late events of a context it has dropped', async () => {
    const { binding, scheduler, log } = startService();
    const old = binding.context;
    const reader = old.addReader('Reader A');
    old.stopService();
    await scheduler.advance(250);
    const before = log();

    reader.insert(ATR_17);
    reader.events.end();
    old.events.error(new Error('SCardGetStatusChange error: Command cancelled.(0x80100002)'));
    const stale = old.addReader('Reader Z');
    await scheduler.advance(0);

    expect(log()).toEqual(before);
    expect(stale.closed).toBe(true);
  });
});

describe('PcscService: readers and cards', () => {
  it('reports readers and cards as events and as a snapshot', () => {
    const { binding, service, log } = startService();
    const a = binding.context.addReader('Reader A');
    const b = binding.context.addReader('Reader B');

    a.insert(ATR_17);
    b.insert(new Uint8Array(0), true);
    a.remove();
    a.insert(ATR_18);

    expect(log()).toEqual([
      'reader-added Reader A',
      'reader-added Reader B',
      'card-inserted Reader A 3b981340',
      'card-inserted Reader B  mute',
      'card-removed Reader A',
      'card-inserted Reader A 3b7f9600',
    ]);
    expect(service.readers()).toEqual([
      { name: 'Reader A', cardPresent: true, atr: ATR_18, connected: false },
      { name: 'Reader B', cardPresent: true, mute: true, connected: false },
    ]);
  });

  it('reports a card swapped between two polls as removed then inserted', () => {
    const { binding, log } = startService();
    const a = binding.context.addReader('Reader A');
    a.insert(ATR_17);

    a.swap(ATR_18);

    expect(log().slice(-2)).toEqual(['card-removed Reader A', 'card-inserted Reader A 3b7f9600']);
  });

  it('does not repeat events for a status report that changes nothing', () => {
    const { binding, log } = startService();
    const a = binding.context.addReader('Reader A');
    a.events.status({ present: false, mute: false, atr: new Uint8Array(0), eventCount: 0 });
    a.events.status({ present: false, mute: false, atr: new Uint8Array(0), eventCount: 0 });

    expect(log()).toEqual(['reader-added Reader A']);
  });

  it('reports an unplugged reader (its monitor ends) with its card', async () => {
    const { binding, scheduler, service, log } = startService();
    const a = binding.context.addReader('Reader A');
    a.insert(ATR_17);

    a.events.end();
    await scheduler.advance(0);

    expect(log().slice(-2)).toEqual(['card-removed Reader A', 'reader-removed Reader A']);
    expect(service.readers()).toEqual([]);
    expect(a.closed).toBe(true);
  });

  it('close() cancels the retry timer and closes the context and every reader', async () => {
    const { binding, scheduler, service, log } = startService();
    binding.context.addReader('Reader A');
    binding.context.addReader('Reader B');

    await service.close();
    await scheduler.advance(0);

    expect(service.state).toBe('closed');
    expect(binding.context.closed).toBe(true);
    expect(binding.context.readers.every((r) => r.closed)).toBe(true);
    expect(log().at(-1)).toBe('service-state closed');
    expect(scheduler.pending()).toEqual([]);
  });

  it('close() while unavailable stops retrying', async () => {
    const { binding, scheduler, service } = startService(false);

    await service.close();
    await scheduler.advance(60_000);

    expect(binding.attempts).toBe(1);
    expect(service.state).toBe('closed');
  });
});
