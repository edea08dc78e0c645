import { afterEach, describe, expect, it } from 'vitest';
import type { PcscService } from '../../../../../native/pcsc/index.ts';
import { snapshotWaiter } from '../../../../support/snapshot-waiter.ts';
import { startWizardStack, type WizardStack } from '../../../../support/wizard-stack.ts';
import { startRemoteService } from './remote-service.ts';

let stack: WizardStack | undefined;
let remote: PcscService | undefined;
afterEach(async () => {
  await stack?.close();
  await remote?.close();
  stack = undefined;
  remote = undefined;
});

/**
 * The registration flow over a PcscService whose pcsclite runs in a child process; the stack's
 * own PcscService (in this process) only puts the virtual card in vpcd reader 0.
 */
describe('the registration flow when the card service process crashes', () => {
  it('shows the card as lost during the PIN step, then reads the card again from a fresh process', async () => {
    const crashing = await startRemoteService();
    remote = crashing.service;
    stack = await startWizardStack({
      card: 'pcscd',
      readerIndex: 0,
      staticRoot: null,
      flowOptions: { pcsc: crashing.service },
    });
    const flow = stack.flow;
    const waiter = snapshotWaiter(flow);
    await stack.insert('citizen-1.8');
    await flow.start();
    await waiter.until('authenticatePin', 10_000);

    crashing.crashHost();
    const lost = await waiter.next('cardRemoved', 10_000);
    const again = await waiter.next('authenticatePin', 15_000);

    expect(lost.step).toBe('cardRemoved');
    expect(again.step).toBe('authenticatePin');
    const steps = waiter.steps();
    expect(steps.slice(steps.indexOf('cardRemoved') - 1)).toEqual([
      'authenticatePin',
      'cardRemoved',
      // PC/SC unavailable: the flow shows the reader screen (pcscAvailable false) until it is back
      'waitingForReader',
      'waitingForCard',
      'readingCard',
      'authenticatePin',
    ]);
    const afterLoss = waiter.snapshots.slice(waiter.snapshots.indexOf(lost) + 1);
    expect(afterLoss[0]).toMatchObject({ step: 'waitingForReader', pcscAvailable: false });
    expect(crashing.hosts).toHaveLength(2);
    expect(waiter.snapshotProblems).toEqual([]);
  });
});
