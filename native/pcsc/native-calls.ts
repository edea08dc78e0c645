import { PcscError, toPcscError, type PcscOperation } from './pcsc-error.ts';
import type { Scheduler } from './scheduler.ts';

/** How long one native call may take, and what to do when it does not return in time. */
export interface NativeCallOptions {
  readonly timeoutMs: number;
  /** Called once if the timeout fires (the native call keeps running: mark things broken). */
  readonly onTimeout?: () => void;
}

/**
 * Runs the native calls of one reader object: maps their failures at the choke point
 * ({@link toPcscError}), bounds how long a caller waits for each, and knows whether one is
 * still running. pcsclite's SCardTransmit/SCardControl cannot be cancelled and hold the
 * reader object's mutex while they run (a mute card blocks one until the card is removed),
 * so after a timeout the call is left running, and whoever would touch the reader object
 * (disconnect, close) waits for {@link idle} instead of blocking on that mutex.
 */
export class NativeCalls {
  readonly #scheduler: Scheduler;
  #running = 0;
  readonly #idleWaiters: (() => void)[] = [];

  constructor(scheduler: Scheduler) {
    this.#scheduler = scheduler;
  }

  /** Whether a native call is still running (possibly one whose caller timed out). */
  get busy(): boolean {
    return this.#running > 0;
  }

  /** Resolves once no native call is running. */
  idle(): Promise<void> {
    if (this.#running === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /**
   * Starts `call` and settles with its result, its failure as a {@link PcscError}, or a
   * `timeout` PcscError after `options.timeoutMs` (whichever comes first).
   */
  run<T>(operation: PcscOperation, call: () => Promise<T>, options: NativeCallOptions): Promise<T> {
    this.#running += 1;
    const native = Promise.resolve()
      .then(call)
      .finally(() => this.#settled());
    return new Promise<T>((resolve, reject) => {
      let timedOut = false;
      const cancel = this.#scheduler.setTimer(
        options.timeoutMs,
        () => {
          timedOut = true;
          options.onTimeout?.();
          reject(new PcscError('timeout', operation, `no answer within ${options.timeoutMs} ms`));
        },
        { unref: true },
      );
      native.then(
        (value) => {
          cancel();
          if (!timedOut) resolve(value);
        },
        (error: unknown) => {
          cancel();
          if (!timedOut) reject(toPcscError(error, operation));
        },
      );
    });
  }

  #settled(): void {
    this.#running -= 1;
    if (this.#running > 0) return;
    for (const wake of this.#idleWaiters.splice(0)) wake();
  }
}
