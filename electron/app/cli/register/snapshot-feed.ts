import type { FlowSnapshot } from '../../../../common/flow/snapshot.ts';
import type { RegistrationFlow } from '../../flow/registration-flow.ts';

/**
 * What the terminal needs of the registration flow: its snapshots and its commands. The
 * `RegistrationFlow` itself in the app; a scripted fake in tests of the prompt logic.
 */
export type FlowPort = Pick<
  RegistrationFlow,
  | 'snapshot'
  | 'onSnapshot'
  | 'start'
  | 'chooseReader'
  | 'submitPin'
  | 'submitDetails'
  | 'confirm'
  | 'back'
  | 'retry'
  | 'cancel'
  | 'stillHere'
>;

/**
 * A snapshot without its sequence number and idle warning, to tell a real change from the same
 * state published again (the warning must not withdraw the question it is about).
 */
const content = ({ seq: _, idleWarningUntil: __, ...rest }: FlowSnapshot): string =>
  JSON.stringify(rest, (_key, value: unknown) => (value instanceof Uint8Array ? value.length : value));

/**
 * The flow's snapshots as something to wait on: `next()` resolves when the flow has moved on,
 * `whileCurrent()` gives a signal that aborts a question when the state it was asked in is gone
 * (the card was pulled, the idle timeout struck; not the idle warning). Every snapshot also goes to `onSnapshot`.
 */
export class SnapshotFeed {
  readonly #flow: FlowPort;
  readonly #waiters = new Set<() => void>();
  readonly #off: () => void;

  constructor(flow: FlowPort, onSnapshot: (snapshot: FlowSnapshot) => void) {
    this.#flow = flow;
    this.#off = flow.onSnapshot((snapshot) => {
      onSnapshot(snapshot);
      for (const wake of [...this.#waiters]) wake();
    });
  }

  /** Resolves with the first snapshot after `seq` (at once if there is one). */
  async next(seq: number, signal: AbortSignal): Promise<FlowSnapshot> {
    while (this.#flow.snapshot.seq <= seq) await this.#changed(signal);
    return this.#flow.snapshot;
  }

  /** A signal that aborts as soon as the flow publishes a state other than `snapshot`'s. */
  whileCurrent(snapshot: FlowSnapshot): { signal: AbortSignal; dispose: () => void } {
    const controller = new AbortController();
    const expected = content(snapshot);
    const check = (): void => {
      if (content(this.#flow.snapshot) !== expected) controller.abort(new Error('the flow moved on'));
    };
    this.#waiters.add(check);
    check();
    return { signal: controller.signal, dispose: () => this.#waiters.delete(check) };
  }

  /** Stops listening to the flow. */
  close(): void {
    this.#off();
    this.#waiters.clear();
  }

  #changed(signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      signal.throwIfAborted();
      const wake = (): void => {
        this.#waiters.delete(wake);
        signal.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = (): void => {
        this.#waiters.delete(wake);
        reject(signal.reason);
      };
      this.#waiters.add(wake);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}
