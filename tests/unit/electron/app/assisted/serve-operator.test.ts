import { describe, expect, it } from 'vitest';
import { createMemoryTransportPair } from '../../../../../common/ipc/index.ts';
import { connectOperator, type OperatorRemote } from '../../../../../common/operator/operator-remote.ts';
import type { OperatorView } from '../../../../../common/operator/operator-view.ts';
import { OperatorDesk } from '../../../../../electron/app/assisted/operator-desk.ts';
import { serveOperator } from '../../../../../electron/app/assisted/serve-operator.ts';
import { flowHarnessPerTest } from '../../../../support/flow-harness-per-test.ts';
import { detailsToConfirm, typePin } from '../flow/helpers/drive-flow.ts';

/**
 * The operator desk over the real registration flow (virtual card, real service), the
 * operator's end connected over the operator contract as the operator window connects, while
 * the citizen drives the wizard contract.
 */
const startHarness = flowHarnessPerTest();

/** Resolves with the operator's current or next view at `step`. */
function untilStep(remote: OperatorRemote, step: OperatorView['step']): Promise<OperatorView> {
  if (remote.view.step === step) return Promise.resolve(remote.view);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`operator never saw ${step} (at ${remote.view.step})`)),
      10_000,
    );
    const off = remote.onView((view) => {
      if (view.step !== step) return;
      clearTimeout(timer);
      off();
      resolve(view);
    });
  });
}

async function operatorOver(h: Awaited<ReturnType<typeof startHarness>>) {
  const desk = new OperatorDesk(h.local, { now: h.clock.now });
  const pair = createMemoryTransportPair();
  const stop = serveOperator(desk, pair.server);
  const remote = await connectOperator(pair.client);
  const views: OperatorView[] = [];
  remote.onView((view) => views.push(view));
  return { desk, remote, views, close: () => (remote.close(), stop(), desk.dispose()) };
}

describe('the operator desk over the real flow', () => {
  it('starts the session, follows it with the name after the confirmation, never any other identity data', async () => {
    const h = await startHarness();
    const operator = await operatorOver(h);
    await operator.remote.startSession();
    await untilStep(operator.remote, 'waitingForCard');
    h.insert('citizen-1.8');
    expect(await untilStep(operator.remote, 'authenticatePin')).toMatchObject({
      pinTriesLeft: 3,
      stage: 'authenticate',
    });
    await typePin(h);
    await h.until('enterCodeAndContact');
    const confirm = await detailsToConfirm(h);
    if (confirm.step !== 'confirmData') throw new Error('unreachable');
    const atConfirm = await untilStep(operator.remote, 'confirmData');
    expect(atConfirm.holderName).toBe(`${confirm.holder.firstNames} ${confirm.holder.surname}`);
    await h.flow.confirm();
    expect((await untilStep(operator.remote, 'signPin')).holderName).toBe(atConfirm.holderName);
    await typePin(h);
    const done = await untilStep(operator.remote, 'done');
    expect(done).toMatchObject({ session: 'done' });
    expect(done).not.toHaveProperty('holderName');

    const serialized = JSON.stringify(operator.views);
    const { firstNames: _f, surname: _s, photo: _p, ...others } = confirm.holder;
    for (const secret of [
      ...Object.values(others),
      confirm.contact.email,
      confirm.contact.phone ?? '',
    ].filter(Boolean))
      expect(serialized, String(secret)).not.toContain(String(secret));
    operator.close();
  });

  it('aborts from the operator: the citizen is back at welcome, the name gone', async () => {
    const h = await startHarness();
    const operator = await operatorOver(h);
    await operator.remote.startSession();
    h.insert('citizen-1.7');
    await h.until('authenticatePin');
    await typePin(h);
    await h.until('enterCodeAndContact');
    await detailsToConfirm(h);
    await untilStep(operator.remote, 'confirmData');
    await operator.remote.abortSession();
    await h.until('welcome');
    expect(await untilStep(operator.remote, 'welcome')).toMatchObject({ session: 'idle' });
    expect(operator.remote.view).not.toHaveProperty('holderName');
    operator.close();
  });
});
