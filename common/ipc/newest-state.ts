import { createListenerSet } from './listener-set.ts';

/** A state the other end publishes with a growing `seq` (a flow snapshot, an operator view). */
export interface NewestState<S extends { readonly seq: number }> {
  /** The newest state received (by `seq`; an older one arriving late is ignored). */
  readonly current: S;
  /** Calls `listener` with each newer state; returns the unsubscribe. */
  onChange(listener: (state: S) => void): () => void;
  /** Fetches the current state (every state published before it has arrived when it resolves). */
  refresh(): Promise<S>;
  /** Stops following and closes the source. */
  close(): void;
}

/** Where the state comes from: a contract's `state` event and its `getState` command. */
export interface StateSource<S> {
  subscribe(take: (state: S) => void): () => void;
  fetch(): Promise<S>;
  /** A listener threw (the other listeners still ran). */
  onListenerError?(error: unknown): void;
  close(): void;
}

/**
 * The view side of a contract whose end publishes numbered states (architecture.md "The flow
 * lives in main; the renderer is a view"): subscribes first, then fetches the current state,
 * so nothing published in between is lost, and keeps only states newer than the one it has.
 * Resolves once the first state is there, so `current` is always defined; a failed first fetch
 * closes the source and rejects.
 */
export async function followNewestState<S extends { readonly seq: number }>(
  source: StateSource<S>,
): Promise<NewestState<S>> {
  const listeners = createListenerSet<S>((error) => source.onListenerError?.(error));
  let current: S | undefined;
  const take = (state: S): void => {
    if (current !== undefined && state.seq <= current.seq) return;
    current = state;
    listeners.emit(state);
  };
  const stop = source.subscribe(take);
  try {
    take(await source.fetch());
  } catch (error) {
    stop();
    source.close();
    throw error;
  }
  return {
    get current() {
      return current!;
    },
    onChange: (listener) => listeners.add(listener),
    async refresh() {
      take(await source.fetch());
      return current!;
    },
    close() {
      stop();
      listeners.clear();
      source.close();
    },
  };
}
