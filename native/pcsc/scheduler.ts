/**
 * Time as the driver sees it: injectable so unit tests drive back-off and timeouts without
 * real timers (style.md, "fakes are injectable, globals are never stubbed").
 */
export interface Scheduler {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  /**
   * Calls `callback` once after `delayMs`; returns the function that cancels it. `unref: true`
   * marks a timer that must not keep the process alive on its own (back-off retries).
   */
  setTimer(delayMs: number, callback: () => void, options?: { readonly unref?: boolean }): () => void;
}

/** The {@link Scheduler} over Node's timers and `performance.now()`. */
export const systemScheduler: Scheduler = {
  now: () => performance.now(),
  setTimer(delayMs, callback, options) {
    const timer = setTimeout(callback, delayMs);
    if (options?.unref) timer.unref();
    return () => clearTimeout(timer);
  },
};

/** Resolves after `delayMs` on `scheduler` (0 resolves at once, without a timer). */
export function sleep(scheduler: Scheduler, delayMs: number): Promise<void> {
  if (delayMs <= 0) return Promise.resolve();
  return new Promise((resolve) => scheduler.setTimer(delayMs, resolve));
}
