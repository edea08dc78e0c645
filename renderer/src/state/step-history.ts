import type { FlowStep } from '../../../common/flow/steps.ts';
import type { WizardRemote } from '../../../common/flow/wizard-remote.ts';

const previousSteps = new WeakMap<WizardRemote, { current: FlowStep; previous?: FlowStep }>();

/**
 * Remembers, for `remote`, the step shown before the current one (a PIN-pad step needs to
 * know whether it was just entered or came back from its own progress step; see
 * `shouldAutoStartPinpad`). Call once, right after connecting; returns the unsubscribe.
 */
export function followSteps(remote: WizardRemote): () => void {
  const entry: { current: FlowStep; previous?: FlowStep } = { current: remote.snapshot.step };
  previousSteps.set(remote, entry);
  return remote.onSnapshot((snapshot) => {
    if (snapshot.step === entry.current) return;
    entry.previous = entry.current;
    entry.current = snapshot.step;
  });
}

/** The step before the current one, if {@link followSteps} saw one. */
export function previousStepOf(remote: WizardRemote): FlowStep | undefined {
  return previousSteps.get(remote)?.previous;
}
