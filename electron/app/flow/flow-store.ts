import type { FlowSnapshot } from '../../../common/flow/snapshot.ts';
import type { Language } from '../../../common/i18n/languages.ts';

/**
 * A snapshot without the fields every snapshot has (`seq`, `language`, the idle warning): one
 * step's state.
 */
export type StepState = FlowSnapshot extends infer S
  ? S extends FlowSnapshot
    ? Omit<S, 'seq' | 'language' | 'idleWarningUntil'>
    : never
  : never;

/**
 * The flow's current step and the snapshots it publishes (style.md "Stores": a tiny typed
 * store): one snapshot per change, `seq` growing by one, the language on every snapshot.
 * `changed` hears every new step first (the flow re-arms its idle timer there). The idle
 * warning is kept beside the step: a new step clears it, a language change keeps it.
 */
export class FlowStore {
  readonly #listeners = new Set<(snapshot: FlowSnapshot) => void>();
  readonly #changed: (state: StepState) => void;
  #state: StepState = { step: 'welcome' };
  #seq = 0;
  #language: Language;
  #idleWarningUntil: string | undefined;

  constructor(language: Language, changed: (state: StepState) => void) {
    this.#language = language;
    this.#changed = changed;
  }

  get state(): StepState {
    return this.#state;
  }

  get language(): Language {
    return this.#language;
  }

  /** The current snapshot. */
  get snapshot(): FlowSnapshot {
    const warning = this.#idleWarningUntil;
    return {
      ...this.#state,
      seq: this.#seq,
      language: this.#language,
      ...(warning === undefined ? {} : { idleWarningUntil: warning }),
    } as FlowSnapshot;
  }

  /** Calls `listener` with every new snapshot; returns the unsubscribe function. */
  onSnapshot(listener: (snapshot: FlowSnapshot) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The wipe's time while the idle warning is on (ISO), else `undefined`. */
  get idleWarningUntil(): string | undefined {
    return this.#idleWarningUntil;
  }

  /** Moves to `state` (without an idle warning) and publishes it. */
  set(state: StepState): void {
    this.#state = state;
    this.#idleWarningUntil = undefined;
    this.#changed(state);
    this.#publish();
  }

  /** Changes the language and publishes the same step in it. */
  setLanguage(language: Language): void {
    this.#language = language;
    this.#publish();
  }

  /** Publishes the same step with the idle warning `until` (ISO), or without one. */
  setIdleWarning(until: string | undefined): void {
    if (until === this.#idleWarningUntil) return;
    this.#idleWarningUntil = until;
    this.#publish();
  }

  /** Forgets every listener (the flow is disposed). */
  clear(): void {
    this.#listeners.clear();
  }

  #publish(): void {
    this.#seq++;
    const snapshot = this.snapshot;
    for (const listener of [...this.#listeners]) listener(snapshot);
  }
}
