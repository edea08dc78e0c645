import { afterEach, describe, expect, it } from 'vitest';
import { connectToStack, registerThroughView, type StackView } from '../../support/wizard-stack-drive.ts';
import { startWizardStack, type WizardStack } from '../../support/wizard-stack.ts';

/**
 * The wizard stack with its card through pcscd and vpcd (reader 1, `Virtual PCD 00 01`), the
 * service in process: a whole registration for a view connected over the host's WebSocket.
 */
describe('the wizard stack through pcscd', () => {
  let stack: WizardStack | undefined;
  let view: StackView | undefined;

  afterEach(async () => {
    view?.close();
    await stack?.close();
    stack = undefined;
    view = undefined;
  });

  it.each(['citizen-1.7', 'citizen-1.8'])('registers with %s in vpcd reader 1', async (cardId) => {
    stack = await startWizardStack({ card: 'pcscd', readerIndex: 1, staticRoot: null });
    view = await connectToStack(stack);

    const enrolment = await registerThroughView(stack, view, cardId);

    expect(stack.card.reader).toBe('Virtual PCD 00 01');
    const status = await stack.phone.pollEnrolment(enrolment.enrolmentId, enrolment.pollToken);
    expect(status.status).toBe('awaiting-confirmation');
    expect(view.snapshotProblems).toEqual([]);
  });

  it('pulls the card out of vpcd reader 1', async () => {
    stack = await startWizardStack({ card: 'pcscd', readerIndex: 1, staticRoot: null });
    await stack.insert('citizen-1.8');
    const pcsc = stack.card.pcsc;
    expect(pcsc.readers().find((r) => r.name === 'Virtual PCD 00 01')?.cardPresent).toBe(true);

    await stack.remove();

    expect(pcsc.readers().find((r) => r.name === 'Virtual PCD 00 01')?.cardPresent).toBe(false);
  });
});
