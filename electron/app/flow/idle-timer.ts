/** What {@link IdleTimer} does when. */
export interface IdleTimerOptions {
  /** From the last arm to the wipe; 0 or less never fires. */
  readonly timeoutMs: number;
  /**
   * How long before the wipe the warning starts (registration-flow.md step 6, WCAG 2.2.1:
   * at least 20 s to react); clamped to `[0, timeoutMs]`, 0 = no warning.
   */
  readonly warningMs: number;
  /** The warning phase begins: the wipe follows in `remainingMs` unless re-armed. */
  readonly warn: (remainingMs: number) => void;
  /** Time is up. */
  readonly fire: () => void;
}

/**
 * The kiosk's idle timeout (registration-flow.md step 6): armed again on every change of the
 * flow while it waits for the person (and on "I am still here"), stopped while the flow itself
 * works (a slow card or service is not the person's idleness). A warning phase of `warningMs`
 * precedes the wipe, so that the person can ask for more time (WCAG 2.2.1 Timing Adjustable).
 */
export class IdleTimer {
  readonly #options: IdleTimerOptions;
  readonly #warningMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: IdleTimerOptions) {
    this.#options = options;
    this.#warningMs = Math.min(Math.max(0, options.warningMs), Math.max(0, options.timeoutMs));
  }

  /** The warning's length once clamped (0: the timeout fires without one). */
  get warningMs(): number {
    return this.#warningMs;
  }

  /** Starts counting again from the full timeout when `waiting`, else stops. */
  arm(waiting: boolean): void {
    this.stop();
    const { timeoutMs } = this.#options;
    if (!waiting || timeoutMs <= 0) return;
    const warningMs = this.#warningMs;
    if (warningMs === 0) return this.#after(timeoutMs, () => this.#options.fire());
    this.#after(timeoutMs - warningMs, () => {
      this.#after(warningMs, () => this.#options.fire());
      this.#options.warn(warningMs);
    });
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #after(ms: number, run: () => void): void {
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      run();
    }, ms);
    this.#timer.unref?.();
  }
}
