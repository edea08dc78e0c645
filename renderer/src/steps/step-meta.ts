import type { FlowSnapshot } from '../../../common/flow/snapshot.ts';
import type { FlowStep } from '../../../common/flow/steps.ts';

/**
 * The title key of each step's screen (namespace `wizard`): the `<h1>` and what the polite
 * live region announces when the step changes (registration-flow.md, one screen per step).
 * `error` screens use the error's own title instead (see `error-messages.ts`).
 */
export const STEP_TITLE_KEY: Readonly<Record<FlowStep, string>> = {
  welcome: 'steps.welcome.title',
  waitingForReader: 'steps.waitingForReader.title',
  waitingForCard: 'steps.waitingForCard.title',
  readingCard: 'steps.readingCard.title',
  authenticatePin: 'steps.authenticatePin.title',
  authenticating: 'steps.authenticating.title',
  enterCodeAndContact: 'steps.enterCodeAndContact.title',
  bindingCode: 'steps.bindingCode.title',
  confirmData: 'steps.confirmData.title',
  signPin: 'steps.signPin.title',
  signing: 'steps.signing.title',
  submitting: 'steps.submitting.title',
  done: 'steps.done.title',
  error: 'steps.error.title',
  cardRemoved: 'steps.cardRemoved.title',
};

/** The progress step that follows a PIN step while the card (or its PIN pad) works. */
const PROGRESS_AFTER_PIN: Readonly<Partial<Record<FlowStep, FlowStep>>> = {
  authenticatePin: 'authenticating',
  signPin: 'signing',
};

/**
 * Whether a PIN-pad PIN step should start the reader's own PIN entry by itself
 * (`submitPin(undefined)`): yes when the step is entered, no when it comes back from its own
 * progress step (the person cancelled on the pad, it timed out, or the PIN was wrong), where
 * the person starts it again with the button: nothing is ever retried by itself
 * (docs/registration-flow.md "The PIN").
 */
export function shouldAutoStartPinpad(previous: FlowStep | undefined, step: FlowStep): boolean {
  const progress = PROGRESS_AFTER_PIN[step];
  return progress !== undefined && previous !== progress;
}

/**
 * The key that remounts the step's view, and so moves the focus to its heading, when a new
 * screen appears: the step, and for `error` its code (one error can follow another).
 */
export function viewKey(snapshot: FlowSnapshot): string {
  return snapshot.step === 'error' ? `error:${snapshot.error.code}` : snapshot.step;
}
