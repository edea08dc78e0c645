import type { FlowSnapshot } from '../../../common/flow/snapshot.ts';
import { STAGE_OF_STEP, type FlowStep } from '../../../common/flow/steps.ts';
import {
  MAX_HOLDER_NAME,
  type OperatorSessionState,
  type OperatorView,
} from '../../../common/operator/operator-view.ts';

/** An operator view without what the desk adds (`seq`, `since`). */
export type OperatorViewContent = Omit<OperatorView, 'seq' | 'since'>;

/**
 * The steps of a session that has shown the confirmation screen and still holds what was read
 * (back from the confirmation to the details, the PIN for the signature, signing, submitting).
 * The holder's name is kept only through these; any other step forgets it.
 */
const HOLDER_STEPS: ReadonlySet<FlowStep> = new Set([
  'enterCodeAndContact',
  'bindingCode',
  'confirmData',
  'signPin',
  'signing',
  'submitting',
]);

/**
 * Error screens whose retry carries on after the confirmation (the flow keeps the data for
 * them). Any other error wipes the flow, so the name goes with it.
 */
const HOLDER_RETRIES: ReadonlySet<FlowStep | undefined> = new Set(['enterCodeAndContact', 'submitting']);

/** Where the session stands for step `snapshot.step`. */
export function sessionOf(snapshot: FlowSnapshot): OperatorSessionState {
  if (snapshot.step === 'welcome') return 'idle';
  if (snapshot.step === 'done') return 'done';
  if (snapshot.step === 'error' || snapshot.step === 'cardRemoved') return 'failed';
  return 'inProgress';
}

/** Given name(s) and surname, one space between (the confirmation screen's order); never more. */
export function holderNameOf(holder: {
  readonly firstNames: string;
  readonly surname: string;
}): string | undefined {
  const name = [holder.firstNames.trim(), holder.surname.trim()].filter((part) => part !== '').join(' ');
  return name === '' ? undefined : name.slice(0, MAX_HOLDER_NAME);
}

/** Whether a holder name learnt earlier in the session may still be shown at `snapshot`. */
export function keepsHolder(snapshot: FlowSnapshot): boolean {
  if (snapshot.step === 'error') return HOLDER_RETRIES.has(snapshot.error.retryTo);
  return HOLDER_STEPS.has(snapshot.step);
}

/**
 * The operator's view of `snapshot`, given the holder name known so far (`known`), and the
 * name to keep for the next snapshot. Built field by field from an allow-list: nothing of the
 * snapshot is copied wholesale, so the national number, card number, birth data, nationality,
 * validity, photo, contact data, code and PIN state other than the tries left cannot leak.
 */
export function projectSnapshot(
  snapshot: FlowSnapshot,
  known: string | undefined,
): { readonly content: OperatorViewContent; readonly holderName: string | undefined } {
  const holderName =
    snapshot.step === 'confirmData'
      ? holderNameOf(snapshot.holder)
      : keepsHolder(snapshot)
        ? known
        : undefined;
  const stage = STAGE_OF_STEP[snapshot.step];
  const content: OperatorViewContent = {
    session: sessionOf(snapshot),
    step: snapshot.step,
    ...(stage === undefined ? {} : { stage }),
    ...(holderName === undefined ? {} : { holderName }),
    ...(snapshot.step === 'error' ? { errorCode: snapshot.error.code } : {}),
    ...(snapshot.step === 'authenticatePin' || snapshot.step === 'signPin'
      ? { pinTriesLeft: snapshot.pinTriesLeft }
      : {}),
  };
  return { content, holderName };
}

/** Whether two contents show the same thing (fields are always built in the same order). */
export function sameContent(a: OperatorViewContent, b: OperatorViewContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
