/** The service's sense of time, injected so tests control it (style rule 8: no clock in tests). */
export interface Clock {
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };
