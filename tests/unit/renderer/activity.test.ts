import { describe, expect, it } from 'vitest';
import { ACTIVITY_INTERVAL_MS, shouldReportActivity } from '../../../renderer/src/state/activity.ts';
import { announcedIdleSeconds } from '../../../renderer/src/format/countdown.ts';

/** The kiosk idle timeout in the renderer (docs/wizard-ui.md "Idle warning"): pure helpers. */
describe('shouldReportActivity', () => {
  it('reports the first activity, then at most once per 20 s', () => {
    expect(ACTIVITY_INTERVAL_MS).toBe(20_000);
    let lastSent: number | undefined;
    const sent: number[] = [];
    // Someone typing an e-mail address slowly: a key every 1.5 s for a minute.
    for (let now = 1_000; now <= 61_000; now += 1_500) {
      if (!shouldReportActivity(lastSent, now)) continue;
      lastSent = now;
      sent.push(now);
    }
    expect(sent).toEqual([1_000, 22_000, 43_000]);
  });

  it('reports again at exactly the interval, and after a clock that went back', () => {
    expect(shouldReportActivity(undefined, 0)).toBe(true);
    expect(shouldReportActivity(10_000, 29_999)).toBe(false);
    expect(shouldReportActivity(10_000, 30_000)).toBe(true);
    expect(shouldReportActivity(10_000, 5_000)).toBe(true);
    expect(shouldReportActivity(10_000, 10_500, 500)).toBe(true);
  });
});

describe('announcedIdleSeconds', () => {
  it('says nothing above 20 s, then changes only at 20, 10 and 5 s', () => {
    const said = Array.from({ length: 31 }, (_, i) => announcedIdleSeconds(30 - i));
    expect(said.slice(0, 10)).toEqual(Array(10).fill(undefined));
    const changes = said.filter((value, i) => i > 0 && value !== said[i - 1]);
    expect(changes).toEqual([20, 10, 5]);
    expect(announcedIdleSeconds(20)).toBe(20);
    expect(announcedIdleSeconds(11)).toBe(20);
    expect(announcedIdleSeconds(6)).toBe(10);
    expect(announcedIdleSeconds(0)).toBe(5);
  });
});
