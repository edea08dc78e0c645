import type { FlowSnapshot } from '../../../common/flow/snapshot.ts';
import type { Language } from '../../../common/i18n/languages.ts';

/** A snapshot without the fields every snapshot has (`seq`, `language`): one step's state. */
export type StepState = FlowSnapshot extends infer S
  ? S extends FlowSnapshot
    ? Omit<S, 'seq' | 'language'>
    : never
  : never;

/**
 * The flow's current step and the snapshots it publishes (style.md "Stores": a tiny typed
 * store): one snapshot per change, `seq` growing by one, the language on every snapshot.
 * `changed` hears every new step first (the flow re-arms its idle timer there).
 */
export class FlowStore {
  readonly #listeners = new Set<(snapshot: FlowSnapshot) => void>();
  readonly #changed: (state: StepState) => void;
  #state: StepState = { step: 'welcome' };
  #seq = 0;
  #language: Language;

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
    return { ...this.#state, seq: this.#seq, language: this.#language } as FlowSnapshot;
  }

  /** Calls `listener` with every new snapshot; returns the unsubscribe function. */
  onSnapshot(listener: (snapshot: FlowSnapshot) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Moves to `state` and publishes it. */
  set(state: StepState): void {
    this.#state = state;
    this.#changed(state);
    this.#publish();
  }

  /** Changes the language and publishes the same step in it. */
  setLanguage(language: Language): void {
    this.#language = language;
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
