/**
 * The kiosk's idle timeout (registration-flow.md step 6): armed again on every change of the
 * flow while it waits for the person, stopped while the flow itself works (a slow card or
 * service is not the person's idleness). `ms` of 0 or less never fires.
 */
export class IdleTimer {
  readonly #ms: number;
  readonly #fire: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(ms: number, fire: () => void) {
    this.#ms = ms;
    this.#fire = fire;
  }

  /** Starts counting again when `waiting`, else stops. */
  arm(waiting: boolean): void {
    this.stop();
    if (!waiting || this.#ms <= 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#fire();
    }, this.#ms);
    this.#timer.unref?.();
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
