import { PcscError } from './pcsc-error.ts';
import type { ReaderInfo } from './reader-entry.ts';
import type { Scheduler } from './scheduler.ts';
import type { PcscServiceEvent, PcscServiceEventOf, ServiceState } from './service-events.ts';

/** Options of `PcscService.waitForCard`. */
export interface WaitForCardOptions {
  /** Only this reader (default: any reader). */
  readonly reader?: string;
  /** Rejects with `cancelled` when aborted. */
  readonly signal?: AbortSignal;
  /** Rejects with `timeout` after this long (default: no limit). */
  readonly timeoutMs?: number;
}

/** A card found by `waitForCard`. */
export interface CardWait {
  readonly reader: string;
  readonly atr: Uint8Array;
  /** The card did not answer the reset (connecting will fail with card-unresponsive). */
  readonly mute: boolean;
}

/** The parts of the service `waitForCard` watches. */
export interface CardSource {
  readonly state: ServiceState;
  readers(): ReaderInfo[];
  on<K extends PcscServiceEvent['type']>(
    type: K,
    listener: (event: PcscServiceEventOf<K>) => void,
  ): () => void;
}

/**
 * Resolves with the first reader (the named one, or any) that has a card: at once if one is
 * present, else at the next insertion. Rejects with `timeout`, or `cancelled` on abort or when
 * the service is closed. Waiting survives the service going away and coming back.
 */
export function waitForCard(
  source: CardSource,
  scheduler: Scheduler,
  options: WaitForCardOptions,
): Promise<CardWait> {
  const { reader, signal, timeoutMs } = options;
  const present = source.readers().find((r) => r.cardPresent && (reader === undefined || r.name === reader));
  if (present)
    return Promise.resolve({
      reader: present.name,
      atr: present.atr ?? new Uint8Array(0),
      mute: present.mute ?? false,
    });
  if (signal?.aborted) return Promise.reject(new PcscError('cancelled', 'wait-for-card', 'aborted'));
  if (source.state === 'closed')
    return Promise.reject(new PcscError('cancelled', 'wait-for-card', 'the service is closed'));
  return new Promise((resolve, reject) => {
    const cleanups: (() => void)[] = [];
    const finish = (settle: () => void): void => {
      for (const cleanup of cleanups.splice(0)) cleanup();
      settle();
    };
    cleanups.push(
      source.on('card-inserted', (event) => {
        if (reader !== undefined && event.reader !== reader) return;
        finish(() => resolve({ reader: event.reader, atr: event.atr, mute: event.mute }));
      }),
      source.on('service-state', (event) => {
        if (event.state === 'closed')
          finish(() => reject(new PcscError('cancelled', 'wait-for-card', 'the service was closed')));
      }),
    );
    if (timeoutMs !== undefined) {
      cleanups.push(
        scheduler.setTimer(timeoutMs, () =>
          finish(() => reject(new PcscError('timeout', 'wait-for-card', `no card within ${timeoutMs} ms`))),
        ),
      );
    }
    if (signal) {
      const onAbort = (): void =>
        finish(() => reject(new PcscError('cancelled', 'wait-for-card', 'aborted')));
      signal.addEventListener('abort', onAbort, { once: true });
      cleanups.push(() => signal.removeEventListener('abort', onAbort));
    }
  });
}
