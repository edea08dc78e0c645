import { describe, expect, it } from 'vitest';
import { PcscError } from '../../../../native/pcsc/index.ts';
import { flush } from './fakes/fake-scheduler.ts';
import { ATR_17, ATR_18, startService } from './service-harness.ts';

describe('PcscService.waitForCard', () => {
  it('resolves at once with a card already present', async () => {
    const { binding, service } = startService();
    binding.context.addReader('Reader A').insert(ATR_17);

    await expect(service.waitForCard()).resolves.toEqual({ reader: 'Reader A', atr: ATR_17, mute: false });
  });

  it('waits for the next insertion, in the named reader only', async () => {
    const { binding, service } = startService();
    const a = binding.context.addReader('Reader A');
    const b = binding.context.addReader('Reader B');
    let result: unknown;
    void service.waitForCard({ reader: 'Reader B' }).then((r) => (result = r));

    a.insert(ATR_17);
    await flush();
    const early = result;
    b.insert(ATR_18);
    await flush();

    expect(early).toBeUndefined();
    expect(result).toEqual({ reader: 'Reader B', atr: ATR_18, mute: false });
  });

  it('keeps waiting across a service restart', async () => {
    const { binding, scheduler, service } = startService();
    binding.context.addReader('Reader A');
    const wait = service.waitForCard({ reader: 'Reader A' });

    binding.context.stopService();
    await scheduler.advance(250);
    binding.context.addReader('Reader A').insert(ATR_18);

    await expect(wait).resolves.toMatchObject({ reader: 'Reader A', atr: ATR_18 });
  });

  it('rejects with timeout after timeoutMs', async () => {
    const { binding, scheduler, service } = startService();
    binding.context.addReader('Reader A');
    const wait = service.waitForCard({ timeoutMs: 10_000 });
    const outcome = wait.catch((e: unknown) => e);

    await scheduler.advance(9_999);
    const pendingYet = await Promise.race([outcome, Promise.resolve('pending')]);
    await scheduler.advance(1);

    expect(pendingYet).toBe('pending');
    expect(await outcome).toMatchObject({ code: 'timeout', operation: 'wait-for-card' });
    expect(scheduler.pending()).toEqual([]);
  });

  it('rejects with cancelled when aborted, or when the service is closed', async () => {
    const { service } = startService();
    const controller = new AbortController();
    const aborted = service.waitForCard({ signal: controller.signal });
    const closed = service.waitForCard();

    controller.abort();
    await service.close();

    await expect(aborted).rejects.toBeInstanceOf(PcscError);
    await expect(aborted).rejects.toMatchObject({ code: 'cancelled' });
    await expect(closed).rejects.toMatchObject({ code: 'cancelled' });
    await expect(service.waitForCard()).rejects.toMatchObject({ code: 'cancelled' });
  });
});
