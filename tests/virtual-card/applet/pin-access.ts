/**
 * The cardholder PIN (reference 01) and the access rights it grants, after RM17/RM18 §5.1 as
 * summarised in belpic-protocol.md §6.3:
 * - key 82 (authentication) is "PIN once": any successful VERIFY earlier in the card session;
 * - key 83 (non-repudiation) is "PIN just before": a VERIFY done while the security
 *   environment selects key 83, followed by PSO:CDS with at most `window` commands between
 *   (0 on 1.7, 1 on 1.8);
 * - a VERIFY consumed by a non-repudiation signature does not grant the authentication right;
 * - reset, LOG OFF and a failed VERIFY clear every right.
 *
 * The tries counter and the PIN value survive resets; rights do not.
 */
export interface PinState {
  /** Remaining tries (0 = blocked). */
  readonly triesLeft: number;
  readonly maxTries: number;
  /** Whether the "PIN once" right for key 82 is held. */
  readonly authenticationGranted: boolean;
}

interface PendingVerify {
  readonly keyInSecurityEnvironment: number | undefined;
  commandsSince: number;
}

/** PIN value, tries and the access-right state machine. */
export class CardholderPin {
  #digits: string;
  #triesLeft: number;
  readonly maxTries: number;
  readonly #window: number;
  #authGranted = false;
  #pending: PendingVerify | undefined;

  /** `digits` is the PIN, `triesLeft` the counter at insertion, `window` per personality. */
  constructor(digits: string, triesLeft: number, window: number, maxTries = 3) {
    this.#digits = digits;
    this.#triesLeft = triesLeft;
    this.maxTries = maxTries;
    this.#window = window;
  }

  /** A snapshot for tests and traces. */
  get state(): PinState {
    return { triesLeft: this.#triesLeft, maxTries: this.maxTries, authenticationGranted: this.#authGranted };
  }

  get blocked(): boolean {
    return this.#triesLeft === 0;
  }

  get triesLeft(): number {
    return this.#triesLeft;
  }

  /** Whether a successful VERIFY is in force (for the empty VERIFY status query). */
  get verified(): boolean {
    return this.#authGranted || this.#pending !== undefined;
  }

  /** Checks a PIN; on success records it with the key the SE selects at that moment. */
  verify(digits: string, keyInSecurityEnvironment: number | undefined): boolean {
    if (this.blocked) return false;
    if (digits !== this.#digits) {
      this.#triesLeft -= 1;
      this.clearRights();
      return false;
    }
    this.#succeed(keyInSecurityEnvironment);
    return true;
  }

  /** CHANGE REFERENCE DATA: the old PIN is checked like VERIFY; success sets the new PIN. */
  change(oldDigits: string, newDigits: string, keyInSecurityEnvironment: number | undefined): boolean {
    if (!this.verify(oldDigits, keyInSecurityEnvironment)) return false;
    this.#digits = newDigits;
    return true;
  }

  /** Whether PSO:CDS with `key` may run now. Consumes a pending verify either way. */
  authorizeSignature(key: number): boolean {
    const pending = this.#pending;
    this.#pending = undefined;
    if (key === 0x83) {
      return (
        pending !== undefined &&
        pending.keyInSecurityEnvironment === 0x83 &&
        pending.commandsSince <= this.#window
      );
    }
    if (pending !== undefined) this.#authGranted = true;
    return this.#authGranted;
  }

  /** Counts a command that is neither VERIFY nor PSO:CDS against the "just before" window. */
  noteOtherCommand(): void {
    if (this.#pending === undefined) return;
    this.#pending.commandsSince += 1;
    if (this.#pending.commandsSince > this.#window) {
      this.#authGranted = true;
      this.#pending = undefined;
    }
  }

  /** Reset, LOG OFF or failed VERIFY: every right is gone. */
  clearRights(): void {
    this.#authGranted = false;
    this.#pending = undefined;
  }

  #succeed(keyInSecurityEnvironment: number | undefined): void {
    this.#triesLeft = this.maxTries;
    if (this.#pending !== undefined) this.#authGranted = true;
    this.#pending = { keyInSecurityEnvironment, commandsSince: 0 };
  }
}
