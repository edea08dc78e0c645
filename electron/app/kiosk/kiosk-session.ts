import type { FlowSnapshot } from '../../../common/flow/snapshot.ts';
import type { Language } from '../../../common/i18n/languages.ts';

/** Why a shared machine is reset for the next person. */
export type ResetReason = 'card-removed' | 'timeout' | 'finished' | 'renderer-gone' | 'operator';

/** What the kiosk session uses of the registration flow. */
export interface ResettableFlow {
  readonly snapshot: FlowSnapshot;
  onSnapshot(listener: (snapshot: FlowSnapshot) => void): () => void;
  cancel(): Promise<void>;
  setLanguage(language: Language): void;
}

/** Options of {@link KioskSession}. */
export interface KioskSessionOptions {
  readonly flow: ResettableFlow;
  /** The configured language: the next person starts in it, not in the last person's choice. */
  readonly defaultLanguage: Language;
  /** After `done`, how long the last screen stays before the reset (0 = only on card removal). */
  readonly doneResetMs: number;
  /** The card left its reader (PcscService `card-removed`), whatever the step. */
  readonly onCardRemoved: (listener: () => void) => () => void;
  /** The shell's part: clear the page's storage and reload it (a fresh renderer). */
  readonly resetView: () => Promise<void>;
  /** Hears every reset (the shell logs the reason: never who it was). */
  readonly onReset?: (reason: ResetReason) => void;
  /**
   * A reset failed (the flow or the page could not be wiped): the next person must not see
   * what is left, so the shell restarts the app (a fresh process is the wipe of last resort).
   */
  readonly onResetFailed: (error: unknown) => void;
}

/**
 * The wipe policy of a shared machine (issue 7 point 4; peers-and-users.md §3b; kiosk and
 * assisted modes): the flow's own wipe, plus what the flow cannot reach. A reset cancels the
 * flow (which zero-fills what it read and closes the card), puts the default language back,
 * and has the shell clear the page's storage and reload it, so nothing of one person is in
 * the next one's renderer. It happens when the card is removed, when the idle timeout ends a
 * session, a while after `done`, when the renderer process dies, and when an operator says so.
 */
export class KioskSession {
  readonly #options: KioskSessionOptions;
  readonly #stop: (() => void)[] = [];
  #doneTimer: ReturnType<typeof setTimeout> | undefined;
  #resetting: Promise<void> | undefined;

  constructor(options: KioskSessionOptions) {
    this.#options = options;
    this.#stop.push(options.flow.onSnapshot((snapshot) => this.#follow(snapshot)));
    this.#stop.push(options.onCardRemoved(() => this.#trigger('card-removed')));
  }

  /** Resets now (a reset already under way is joined, not repeated). */
  reset(reason: ResetReason): Promise<void> {
    this.#resetting ??= this.#reset(reason).finally(() => (this.#resetting = undefined));
    return this.#resetting;
  }

  /** Stops following the flow (the app quits). */
  close(): void {
    clearTimeout(this.#doneTimer);
    for (const stop of this.#stop.splice(0)) stop();
  }

  /** A reset nobody awaits: a failure goes to `onResetFailed`. */
  #trigger(reason: ResetReason): void {
    this.reset(reason).catch((error: unknown) => this.#options.onResetFailed(error));
  }

  #follow(snapshot: FlowSnapshot): void {
    if (snapshot.step !== 'done') this.#clearDoneTimer();
    if (snapshot.step === 'cardRemoved') this.#trigger('card-removed');
    else if (snapshot.step === 'error' && snapshot.error.code === 'idle-timeout') this.#trigger('timeout');
    else if (snapshot.step === 'done' && this.#doneTimer === undefined && this.#options.doneResetMs > 0) {
      this.#doneTimer = setTimeout(() => this.#trigger('finished'), this.#options.doneResetMs);
      this.#doneTimer.unref?.();
    }
  }

  #clearDoneTimer(): void {
    clearTimeout(this.#doneTimer);
    this.#doneTimer = undefined;
  }

  async #reset(reason: ResetReason): Promise<void> {
    this.#clearDoneTimer();
    const { flow } = this.#options;
    const atRest =
      flow.snapshot.step === 'welcome' && flow.snapshot.language === this.#options.defaultLanguage;
    if (reason === 'card-removed' && atRest) return; // nothing of anyone to wipe
    await flow.cancel();
    flow.setLanguage(this.#options.defaultLanguage);
    await this.#options.resetView();
    this.#options.onReset?.(reason);
  }
}
