import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTimer } from '../../../../../electron/app/flow/idle-timer.ts';

/** The idle timer alone, on Vitest's fake clock: warning at timeout − warning, then the wipe. */
function timer(timeoutMs: number, warningMs: number) {
  const events: string[] = [];
  const idle = new IdleTimer({
    timeoutMs,
    warningMs,
    warn: (remaining) => events.push(`warn ${remaining} at ${Date.now()}`),
    fire: () => events.push(`fire at ${Date.now()}`),
  });
  return { idle, events };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('IdleTimer', () => {
  it('warns at timeout − warning with the time left, then fires at the timeout', () => {
    const { idle, events } = timer(60_000, 30_000);
    idle.arm(true);
    vi.advanceTimersByTime(29_999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['warn 30000 at 30000']);
    vi.advanceTimersByTime(30_000);
    expect(events).toEqual(['warn 30000 at 30000', 'fire at 60000']);
  });

  it('counts the full timeout again when re-armed during the warning', () => {
    const { idle, events } = timer(60_000, 30_000);
    idle.arm(true);
    vi.advanceTimersByTime(45_000);
    idle.arm(true);
    vi.advanceTimersByTime(59_999);
    expect(events).toEqual(['warn 30000 at 30000', 'warn 30000 at 75000']);
    vi.advanceTimersByTime(1);
    expect(events.at(-1)).toBe('fire at 105000');
  });

  it('stops when the flow works (arm(false)) and never runs with a timeout of 0', () => {
    const working = timer(60_000, 30_000);
    working.idle.arm(true);
    vi.advanceTimersByTime(40_000);
    working.idle.arm(false);
    const never = timer(0, 30_000);
    never.idle.arm(true);
    vi.advanceTimersByTime(600_000);
    expect(working.events).toEqual(['warn 30000 at 30000']);
    expect(never.events).toEqual([]);
  });

  it('clamps the warning to [0, timeout]', () => {
    expect(timer(10_000, 30_000).idle.warningMs).toBe(10_000);
    expect(timer(10_000, -5).idle.warningMs).toBe(0);
    const whole = timer(10_000, 30_000);
    whole.idle.arm(true);
    vi.advanceTimersByTime(0);
    expect(whole.events).toEqual(['warn 10000 at 0']);
    const none = timer(10_000, 0);
    none.idle.arm(true);
    vi.advanceTimersByTime(10_000);
    expect(none.events).toEqual(['fire at 10000']);
  });
});
