import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../../native/pcsc/index.ts';

describe('backoffDelay', () => {
  it('starts at 250 ms and doubles up to 5 s', () => {
    const delays = Array.from({ length: 8 }, (_, attempt) => backoffDelay(attempt));

    expect(delays).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it('follows the options', () => {
    const delays = [0, 1, 2, 3].map((attempt) =>
      backoffDelay(attempt, { initialMs: 100, factor: 3, maxMs: 1000 }),
    );

    expect(delays).toEqual([100, 300, 900, 1000]);
  });
});
