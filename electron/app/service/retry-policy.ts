import { TRANSIENT_SERVER_STATUSES, type ServiceClientError } from './service-client-error.ts';

/** How often and how patiently a retried call is repeated. */
export interface RetryPolicy {
  /** Attempts in all, the first included (1 = never repeat). */
  readonly maxAttempts: number;
  /** The back-off before the first repeat; it doubles per repeat. */
  readonly initialDelayMs: number;
  /** The cap of the back-off. */
  readonly maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the error goes to the caller. */
  readonly maxRetryAfterMs: number;
}

/** 4 attempts; back-offs of 125–250 ms, 250–500 ms, 0.5–1 s; `Retry-After` waited up to 30 s. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  initialDelayMs: 250,
  maxDelayMs: 4_000,
  maxRetryAfterMs: 30_000,
};

/**
 * The back-off before repeat number `retry` (0-based): exponential, capped, with "equal
 * jitter" (half fixed, half random) so that many wizards failing together (a service restart)
 * do not come back in lock step, yet never retry immediately. `random` is in [0, 1).
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, retry));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * `Retry-After` in milliseconds (RFC 9110 §10.2.3: delay-seconds or an HTTP-date), or
 * undefined when absent or unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (text === undefined || text === '') return undefined;
  if (/^\d+$/u.test(text)) return Number(text) * 1_000;
  // HTTP-dates start with the day's name (IMF-fixdate, RFC 850, asctime); Date.parse alone
  // would also read "-5" or "1.5" as dates.
  if (!/^[A-Za-z]{3}/u.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Whether `error` is worth repeating at all: the network, a timeout, 429, 502/503/504. */
function transient(error: ServiceClientError): boolean {
  switch (error.code) {
    case 'unreachable':
    case 'timeout': // a lost connection, no answer in time, or 408
    case 'rate-limited':
      return true;
    case 'server-error':
      return error.status !== undefined && TRANSIENT_SERVER_STATUSES.has(error.status);
    default:
      return false; // refusals (4xx other than 408/429), TLS, bad answers, cancellation
  }
}

/**
 * How long to wait before repeating an idempotent call that failed with `error` on attempt
 * `attempt` (1-based), or undefined to give up: not transient, attempts used up, or a
 * `Retry-After` beyond `maxRetryAfterMs`. `Retry-After`, when the service sent one (429, 503),
 * is honoured as is; otherwise the jittered back-off.
 */
export function retryDelay(
  error: ServiceClientError,
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
): number | undefined {
  if (attempt >= policy.maxAttempts || !transient(error)) return undefined;
  if (error.retryAfterMs !== undefined) {
    return error.retryAfterMs <= policy.maxRetryAfterMs ? error.retryAfterMs : undefined;
  }
  return backoffDelay(attempt - 1, policy, random);
}
