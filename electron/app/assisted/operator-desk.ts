import type { FlowSnapshot } from '../../../common/flow/snapshot.ts';
import { createListenerSet } from '../../../common/ipc/listener-set.ts';
import type { OperatorView } from '../../../common/operator/operator-view.ts';
import type { RegistrationFlow } from '../flow/registration-flow.ts';
import { projectSnapshot, sameContent, type OperatorViewContent } from './operator-projection.ts';

/** What the desk uses of the registration flow: its public snapshots, `start` and `cancel`. */
export type DeskFlow = Pick<RegistrationFlow, 'snapshot' | 'onSnapshot' | 'start' | 'cancel'>;

/** Options of {@link OperatorDesk}. */
export interface OperatorDeskOptions {
  /** The clock for `since` (default the computer's). */
  readonly now?: () => Date;
}

/**
 * The service counter's operator desk (assisted mode, issue 7 point 5; docs/assisted-mode.md):
 * projects the registration flow's snapshots to {@link OperatorView}s and turns the
 * operator's two intents into flow calls. The holder's name is learnt from the confirmation
 * snapshot and forgotten as soon as the session moves to a step that does not keep it
 * (`keepsHolder`): a new start, done, the card pulled, a wiping error. A new view is published
 * only when what it shows changes, with `seq` + 1 and `since` the time of that change.
 */
export class OperatorDesk {
  readonly #flow: DeskFlow;
  readonly #now: () => Date;
  readonly #listeners = createListenerSet<OperatorView>();
  readonly #unsubscribe: () => void;
  #holderName: string | undefined;
  #content: OperatorViewContent;
  #view: OperatorView;

  constructor(flow: DeskFlow, options: OperatorDeskOptions = {}) {
    this.#flow = flow;
    this.#now = options.now ?? (() => new Date());
    const { content, holderName } = projectSnapshot(flow.snapshot, undefined);
    this.#holderName = holderName;
    this.#content = content;
    this.#view = { seq: 0, ...content, since: this.#now().toISOString() };
    this.#unsubscribe = flow.onSnapshot((snapshot) => this.#take(snapshot));
  }

  /** The current view. */
  get view(): OperatorView {
    return this.#view;
  }

  /** Calls `listener` with every new view; returns the unsubscribe function. */
  onView(listener: (view: OperatorView) => void): () => void {
    return this.#listeners.add(listener);
  }

  /** Ends the session on the citizen's screen, if any (the flow wipes it), and starts a new one. */
  async startSession(): Promise<void> {
    await this.#flow.cancel();
    await this.#flow.start();
  }

  /** Ends the session (the flow wipes it): the citizen's screen goes back to the start. */
  async abortSession(): Promise<void> {
    await this.#flow.cancel();
  }

  /** Stops following the flow and forgets the name and every listener. */
  dispose(): void {
    this.#unsubscribe();
    this.#listeners.clear();
    this.#holderName = undefined;
  }

  #take(snapshot: FlowSnapshot): void {
    const { content, holderName } = projectSnapshot(snapshot, this.#holderName);
    this.#holderName = holderName;
    if (sameContent(content, this.#content)) return;
    this.#content = content;
    this.#view = { seq: this.#view.seq + 1, ...content, since: this.#now().toISOString() };
    this.#listeners.emit(this.#view);
  }
}
