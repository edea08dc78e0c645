import type { PcscError } from './pcsc-error.ts';

/**
 * Whether the PC/SC service (pcscd / WinSCard) can be used: `available` while a context is
 * established, `unavailable` while it is absent or lost (retrying with back-off), `closed`
 * after {@link PcscService.close}.
 */
export type ServiceState = 'available' | 'unavailable' | 'closed';

/** What the service reports, one discriminated union (`type`). */
export type PcscServiceEvent =
  | {
      readonly type: 'service-state';
      readonly state: ServiceState;
      /** Why it is unavailable (service-unavailable, or internal when the addon cannot load). */
      readonly error?: PcscError;
      /** When it will try again, while unavailable. */
      readonly retryInMs?: number;
    }
  | { readonly type: 'reader-added'; readonly reader: string }
  | { readonly type: 'reader-removed'; readonly reader: string }
  | {
      readonly type: 'card-inserted';
      readonly reader: string;
      readonly atr: Uint8Array;
      /** The card did not answer the reset (SCARD_STATE_MUTE): connecting will fail. */
      readonly mute: boolean;
    }
  | { readonly type: 'card-removed'; readonly reader: string };

/** The event of one `type`. */
export type PcscServiceEventOf<K extends PcscServiceEvent['type']> = Extract<PcscServiceEvent, { type: K }>;

type Listener = (event: PcscServiceEvent) => void;

/**
 * A minimal typed event hub. Listeners run synchronously in subscription order; one that
 * throws does not stop the others, and its exception is rethrown on a microtask (so the bug
 * surfaces as an uncaught exception, as with EventEmitter, without corrupting our state).
 */
export class ServiceEvents {
  readonly #listeners = new Set<Listener>();

  /** Subscribes to every event; returns the unsubscribe function. */
  onEvent(listener: Listener): () => void {
    const wrapped: Listener = (event) => listener(event);
    this.#listeners.add(wrapped);
    return () => this.#listeners.delete(wrapped);
  }

  /** Subscribes to the events of one `type`; returns the unsubscribe function. */
  on<K extends PcscServiceEvent['type']>(
    type: K,
    listener: (event: PcscServiceEventOf<K>) => void,
  ): () => void {
    return this.onEvent((event) => {
      if (event.type === type) listener(event as PcscServiceEventOf<K>);
    });
  }

  /** Delivers `event` to every listener, in subscription order. */
  emit(event: PcscServiceEvent): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
