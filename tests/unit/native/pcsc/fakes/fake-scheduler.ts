import type { Scheduler } from '../../../../../native/pcsc/index.ts';

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly callback: () => void;
  readonly unref: boolean;
  cancelled: boolean;
}

/** A manual clock: timers fire only when a test calls {@link advance}. */
export class FakeScheduler implements Scheduler {
  #now = 0;
  #seq = 0;
  readonly #timers: Timer[] = [];

  now(): number {
    return this.#now;
  }

  setTimer(delayMs: number, callback: () => void, options?: { readonly unref?: boolean }): () => void {
    const timer: Timer = {
      at: this.#now + delayMs,
      seq: this.#seq++,
      callback,
      unref: options?.unref ?? false,
      cancelled: false,
    };
    this.#timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }

  /** Pending timers as delays from now, in firing order. */
  pending(): { readonly delayMs: number; readonly unref: boolean }[] {
    return this.#live().map((t) => ({ delayMs: t.at - this.#now, unref: t.unref }));
  }

  /** Moves the clock forward, firing due timers in order (with microtasks flushed after each). */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    for (;;) {
      await flush();
      const next = this.#live()[0];
      if (next === undefined || next.at > target) break;
      next.cancelled = true;
      this.#now = next.at;
      next.callback();
    }
    this.#now = target;
    await flush();
  }

  #live(): Timer[] {
    return this.#timers.filter((t) => !t.cancelled).sort((a, b) => a.at - b.at || a.seq - b.seq);
  }
}

/** Lets every pending promise continuation run (a macrotask turn). */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
