import { describe, expect, it } from 'vitest';
import type { FlowSnapshot } from '../../../../../common/flow/snapshot.ts';
import { OperatorDesk, type DeskFlow } from '../../../../../electron/app/assisted/operator-desk.ts';
import { SAMPLES, snapshotOf } from '../../../../support/sample-snapshots.ts';

/** A flow double: publishes what the test gives it and records `cancel` and `start`. */
function fakeFlow(first: FlowSnapshot = snapshotOf({ step: 'welcome' }, 0)) {
  const listeners = new Set<(snapshot: FlowSnapshot) => void>();
  const calls: string[] = [];
  let current = first;
  const publish = (snapshot: FlowSnapshot): void => {
    current = snapshot;
    for (const listener of listeners) listener(snapshot);
  };
  const flow: DeskFlow = {
    get snapshot() {
      return current;
    },
    onSnapshot: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    async cancel() {
      calls.push('cancel');
      publish({ ...current, step: 'welcome', seq: current.seq + 1 } as FlowSnapshot);
    },
    async start() {
      calls.push('start');
      publish({
        step: 'waitingForReader',
        pcscAvailable: true,
        seq: current.seq + 1,
        language: current.language,
      });
    },
  };
  return { flow, calls, publish, listeners };
}

const sample = (name: string, seq: number): FlowSnapshot =>
  snapshotOf(SAMPLES.find(([n]) => n === name)![1], seq);

describe('the operator desk', () => {
  it('starts a session by cancelling (the flow wipes) and then starting, in that order', async () => {
    const { flow, calls } = fakeFlow(sample('sign PIN', 7));
    const desk = new OperatorDesk(flow);
    const steps: string[] = [];
    desk.onView((view) => steps.push(view.step));
    await desk.startSession();
    expect(calls).toEqual(['cancel', 'start']);
    expect(steps).toEqual(['welcome', 'waitingForReader']);
    expect(desk.view).toMatchObject({ seq: 2, session: 'inProgress', stage: 'checks' });
  });

  it('aborts a session with cancel: back to idle, the name forgotten', async () => {
    const { flow, calls, publish } = fakeFlow();
    const desk = new OperatorDesk(flow);
    publish(sample('confirmation', 1));
    expect(desk.view.holderName).toBe('Jan Peter Janssens');
    await desk.abortSession();
    expect(calls).toEqual(['cancel']);
    expect(desk.view).toMatchObject({ session: 'idle', step: 'welcome' });
    expect(desk.view).not.toHaveProperty('holderName');
  });

  it('keeps the name from the confirmation through signing, and forgets it when the session is done', () => {
    const { flow, publish } = fakeFlow();
    const desk = new OperatorDesk(flow);
    const names: (string | undefined)[] = [];
    desk.onView((view) => names.push(view.holderName));
    for (const [seq, name] of [
      'reading',
      'PIN',
      'details',
      'confirmation',
      'sign PIN',
      'signing',
      'submitting',
      'done',
    ].entries())
      publish(sample(name, seq + 1));
    expect(names).toEqual([
      undefined,
      undefined,
      undefined,
      ...Array(4).fill('Jan Peter Janssens'),
      undefined,
    ]);
    // A new session that did not reach the confirmation yet shows no name.
    publish(sample('sign PIN', 20));
    expect(desk.view.holderName).toBeUndefined();
  });

  it('publishes only changes: seq + 1 and since the time of the change; a language change is none', () => {
    let now = new Date('2025-06-15T10:00:00.000Z');
    const { flow, publish } = fakeFlow();
    const desk = new OperatorDesk(flow, { now: () => now });
    expect(desk.view).toEqual({
      seq: 0,
      session: 'idle',
      step: 'welcome',
      stage: 'checks',
      since: now.toISOString(),
    });
    let published = 0;
    desk.onView(() => published++);
    publish({ ...flow.snapshot, seq: 1, language: 'fr' } as FlowSnapshot);
    expect(published).toBe(0);
    now = new Date('2025-06-15T10:05:00.000Z');
    publish(sample('reading', 2));
    expect(desk.view).toMatchObject({ seq: 1, step: 'readingCard', since: '2025-06-15T10:05:00.000Z' });
    publish(sample('PIN', 3));
    publish(sample('wrong PIN, last try', 4));
    expect(desk.view).toMatchObject({ seq: 3, pinTriesLeft: 1 });
    expect(published).toBe(3);
  });

  it('stops following the flow when disposed', () => {
    const { flow, publish, listeners } = fakeFlow();
    const desk = new OperatorDesk(flow);
    desk.dispose();
    expect(listeners.size).toBe(0);
    publish(sample('confirmation', 1));
    expect(desk.view.step).toBe('welcome');
  });
});
