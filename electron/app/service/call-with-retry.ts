import { setTimeout as sleep } from 'node:timers/promises';
import { retryDelay, type RetryPolicy } from './retry-policy.ts';
import { ServiceClientError } from './service-client-error.ts';

/** Reported before each repeat, e.g. for a log line or a "trying again…" hint. */
export interface RetryEvent {
  readonly operation: string;
  /** The attempt that failed (1-based). */
  readonly attempt: number;
  /** How long the client waits before the next attempt. */
  readonly delayMs: number;
  /** Why (its message and fields carry no secrets). */
  readonly error: ServiceClientError;
}

/** How {@link callWithRetry} repeats. */
export interface RetryOptions {
  readonly operation: string;
  /** False: one attempt, whatever happens (calls that are not safe to repeat). */
  readonly retried: boolean;
  readonly policy: RetryPolicy;
  readonly random: () => number;
  readonly signal?: AbortSignal;
  readonly onRetry?: (event: RetryEvent) => void;
}

/** Waits `ms`, or fails with `cancelled` as soon as `signal` fires. */
async function pause(ms: number, operation: string, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    throw new ServiceClientError({ code: 'cancelled', operation });
  }
}

/**
 * Runs `attempt` until it succeeds, or fails with an error the retry policy does not repeat
 * (`retryDelay`), or the attempts are used up; the last error is thrown as is. Anything that is
 * not a {@link ServiceClientError} (a bug) is thrown at once.
 */
export async function callWithRetry<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let number = 1; ; number++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ServiceClientError) || !options.retried) throw error;
      const delayMs = retryDelay(error, number, options.policy, options.random);
      if (delayMs === undefined) throw error;
      options.onRetry?.({ operation: options.operation, attempt: number, delayMs, error });
      await pause(delayMs, options.operation, options.signal);
    }
  }
}
