/**
 * A set of listeners that are called in the order they were added. Transports and the
 * contract client share it so that "subscribe returns its own unsubscribe" is written once.
 * A listener that throws does not stop the others: the error goes to `onListenerError`.
 */
export interface ListenerSet<T> {
  /** Adds `listener`; the returned function removes it again (idempotent). */
  add(listener: (value: T) => void): () => void;
  /** Calls every listener with `value`. */
  emit(value: T): void;
  /** How many listeners there are. */
  readonly size: number;
  /** Removes every listener. */
  clear(): void;
}

/** Creates a {@link ListenerSet}; `onListenerError` receives what a listener throws. */
export function createListenerSet<T>(onListenerError: (error: unknown) => void = () => {}): ListenerSet<T> {
  const listeners = new Set<{ readonly call: (value: T) => void }>();
  return {
    add(listener) {
      // Wrapped so that adding the same function twice gives two independent subscriptions.
      const entry = { call: listener };
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    emit(value) {
      for (const entry of [...listeners]) {
        try {
          entry.call(value);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    get size() {
      return listeners.size;
    },
    clear() {
      listeners.clear();
    },
  };
}
