/** Exponential back-off between attempts to reach the PC/SC service. */
export interface BackoffOptions {
  /** Delay before the first retry (default 250 ms). */
  readonly initialMs?: number;
  /** Ceiling of the delay (default 5 s). */
  readonly maxMs?: number;
  /** Growth per failed attempt (default 2). */
  readonly factor?: number;
}

/**
 * The delay before retry number `attempt` (0-based): `initialMs · factor^attempt`, capped at
 * `maxMs`. With the defaults: 250, 500, 1000, 2000, 4000, 5000, 5000, ... ms (architecture.md
 * "Card layer shape": never hang when pcscd is absent, report it and retry with back-off).
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const { initialMs = 250, maxMs = 5000, factor = 2 } = options;
  return Math.min(maxMs, initialMs * factor ** Math.max(0, attempt));
}
