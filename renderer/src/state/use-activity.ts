import { useEffect } from 'react';
import { WAITING_FOR_PERSON, type FlowStep } from '../../../common/flow/steps.ts';
import type { WizardRemote } from '../../../common/flow/wizard-remote.ts';
import { ACTIVITY_EVENTS, shouldReportActivity } from './activity.ts';

/**
 * Reports the person's key presses, pointer presses and input to main as `stillHere`, throttled
 * (`shouldReportActivity`), while the flow waits for them (`step`; an error screen too, which
 * main ignores when no timeout runs there). Not while the idle warning is open: that question
 * is answered with its own button (or Escape), not by a Tab between its elements. A failed
 * report is dropped: the warning still comes.
 */
export function useActivity(remote: WizardRemote, step: FlowStep, warning: boolean): void {
  useEffect(() => {
    if (warning || (!WAITING_FOR_PERSON.has(step) && step !== 'error')) return undefined;
    let lastSent: number | undefined;
    const onActivity = (): void => {
      const now = Date.now();
      if (!shouldReportActivity(lastSent, now)) return;
      lastSent = now;
      remote.stillHere().catch(() => undefined);
    };
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, onActivity, true);
    return () => {
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, onActivity, true);
    };
  }, [remote, step, warning]);
}
