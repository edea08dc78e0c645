import { describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from '../../../../server/security/rate-limiter.ts';
import { FakeClock } from '../helpers/fakes.ts';

describe('TokenBucketLimiter', () => {
  it('allows a burst of `capacity`, then refills one token per period/capacity', () => {
    const clock = new FakeClock();
    const limiter = new TokenBucketLimiter({ capacity: 10, periodMs: 60_000, clock });
    for (let i = 0; i < 10; i++) expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    clock.advance(5_999);
    expect(limiter.take('a').allowed).toBe(false);
    clock.advance(1);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('keeps one bucket per key', () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, periodMs: 60_000, clock: new FakeClock() });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('never holds more than `capacity`, however long it waited', () => {
    const clock = new FakeClock();
    const limiter = new TokenBucketLimiter({ capacity: 2, periodMs: 60_000, clock });
    limiter.take('a');
    clock.advance(3_600_000);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].map((v) => v.allowed)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('forgets the least recently used keys beyond maxKeys', () => {
    const limiter = new TokenBucketLimiter({
      capacity: 1,
      periodMs: 60_000,
      clock: new FakeClock(),
      maxKeys: 2,
    });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('c').allowed).toBe(false);
  });
});
