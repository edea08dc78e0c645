import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A FIFO async mutex that the holder may re-enter: work run under the lock (and every async
 * continuation of it) passes straight through when it asks for the lock again, while other
 * callers queue. `PcscConnection.exclusive()` holds it for a whole multi-APDU operation and
 * every `transmit`/`control` takes it for one call, so APDUs from other callers of the same
 * connection cannot interleave with an exclusive sequence.
 */
export class ReentrantLock {
  readonly #owner = new AsyncLocalStorage<object>();
  #holder: object | undefined;
  #tail: Promise<void> = Promise.resolve();

  /** Runs `work` holding the lock; resolves or rejects as `work` does. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#holder !== undefined && this.#owner.getStore() === this.#holder) return work();
    const previous = this.#tail;
    let release = (): void => {};
    this.#tail = new Promise((resolve) => (release = resolve));
    await previous;
    const token = {};
    this.#holder = token;
    try {
      return await this.#owner.run(token, work);
    } finally {
      this.#holder = undefined;
      release();
    }
  }
}
