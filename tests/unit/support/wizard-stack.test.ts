import { afterEach, describe, expect, it } from 'vitest';
import { connectToStack, registerThroughView, type StackView } from '../../support/wizard-stack-drive.ts';
import { startWizardStack, type WizardStack } from '../../support/wizard-stack.ts';

describe('the wizard stack (in-process card and service)', () => {
  let stack: WizardStack | undefined;
  const views: StackView[] = [];

  afterEach(async () => {
    for (const view of views.splice(0)) view.close();
    await stack?.close();
    stack = undefined;
  });

  it('runs a whole registration for a view connected over the host WebSocket', async () => {
    stack = await startWizardStack({ staticRoot: null });
    const view = await connectToStack(stack);
    views.push(view);

    const enrolment = await registerThroughView(stack, view);

    const status = await stack.phone.pollEnrolment(enrolment.enrolmentId, enrolment.pollToken);
    expect(status.status).toBe('awaiting-confirmation');
    expect(view.steps()).toContain('submitting');
    expect(view.snapshotProblems).toEqual([]);
  });

  it('serves the same flow to a second connection (a page reload)', async () => {
    stack = await startWizardStack({ staticRoot: null });
    const first = await connectToStack(stack);
    views.push(first);
    await first.remote.start();
    await first.until('waitingForCard');
    first.close();

    const second = await connectToStack(stack);
    views.push(second);

    expect(second.remote.snapshot.step).toBe('waitingForCard');
  });

  it('gives the page, simulator and service addresses, and phone codes', async () => {
    stack = await startWizardStack({ staticRoot: null });

    expect(stack.pageUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#ipc=[A-Za-z0-9_-]{43}$/);
    expect(stack.simulatorUrl).toBe(`${stack.serviceBaseUrl}/simulator`);
    expect((await fetch(stack.simulatorUrl)).status).toBe(200);
    expect(await stack.phoneCode()).toMatch(/^[0-9A-Z]{5}$/);
  });

  it('lets the test take the service down through the proxy', async () => {
    stack = await startWizardStack({ staticRoot: null, proxy: true });
    const view = await connectToStack(stack);
    views.push(view);
    await view.remote.start();
    await stack.insert('citizen-1.8');
    await view.until('authenticatePin');

    stack.proxy!.down();
    await view.remote.submitPin(new TextEncoder().encode('1234'));
    const failed = await view.until('error', 15_000);

    expect(failed.step === 'error' && failed.error.retryTo).toBe('authenticatePin');
  });
});
