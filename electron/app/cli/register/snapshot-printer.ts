import type { FlowSnapshot } from '../../../../common/flow/snapshot.ts';
import type { FlowStep } from '../../../../common/flow/steps.ts';
import type { Prompter } from './prompter.ts';
import { idleWarning, type RenderContext } from './render-context.ts';
import { renderSnapshot } from './render-snapshot.ts';

/**
 * Waiting states the flow often passes through in a few milliseconds (PC/SC lists the readers,
 * then the card in them, just after start): printed only when they last, so the terminal does
 * not fill with "no card reader" while the card is already being read.
 */
const SETTLING: ReadonlySet<FlowStep> = new Set(['waitingForReader', 'waitingForCard']);

/** How long a waiting state must last to be printed. */
export const DEFAULT_SETTLE_MS = 300;

/**
 * Prints each snapshot once: the flow publishes the same state again when nothing the person
 * sees changed (a reader event while waiting for a card), and printing it twice would only
 * scroll the question away. Waiting states are printed once they have lasted `settleMs`. The
 * idle warning on a state already printed adds its one line, once per warning.
 */
export class SnapshotPrinter {
  readonly #context: RenderContext;
  readonly #prompter: Prompter;
  readonly #settleMs: number;
  #last: { snapshot: FlowSnapshot; body: string } | undefined;
  #pending: ReturnType<typeof setTimeout> | undefined;
  #latest: FlowSnapshot | undefined;
  /** The idle warning printed last (its `idleWarningUntil`). */
  #warned: string | undefined;

  constructor(context: RenderContext, prompter: Prompter, settleMs = DEFAULT_SETTLE_MS) {
    this.#context = context;
    this.#prompter = prompter;
    this.#settleMs = settleMs;
  }

  /** Prints `snapshot` (later, for a waiting state) unless it shows the same as the last one printed. */
  print(snapshot: FlowSnapshot): void {
    this.#latest = snapshot;
    clearTimeout(this.#pending);
    this.#pending = undefined;
    if (SETTLING.has(snapshot.step) && this.#settleMs > 0) {
      this.#pending = setTimeout(() => this.#print(snapshot), this.#settleMs);
      this.#pending.unref?.();
    } else {
      this.#print(snapshot);
    }
  }

  /** Prints a waiting state now, before a question about it. */
  flush(): void {
    if (this.#pending === undefined) return;
    clearTimeout(this.#pending);
    this.#pending = undefined;
    this.#print(this.#latest!);
  }

  /** Drops a waiting state not printed yet. */
  close(): void {
    clearTimeout(this.#pending);
    this.#pending = undefined;
  }

  #print(snapshot: FlowSnapshot): void {
    this.#pending = undefined;
    const { idleWarningUntil: until, ...plain } = snapshot;
    const previous = this.#last?.snapshot;
    // Rendered against itself, a snapshot has no step indicator line: compare what it says.
    const body = renderSnapshot(this.#context, plain, plain).join('\n');
    const same = previous !== undefined && previous.step === plain.step && this.#last!.body === body;
    const warn = until !== undefined && until !== this.#warned;
    this.#warned = until;
    if (!same) {
      this.#last = { snapshot: plain, body };
      this.#prompter.say(renderSnapshot(this.#context, warn ? snapshot : plain, previous));
    } else if (warn) this.#prompter.say([idleWarning(this.#context, until)]);
  }
}
