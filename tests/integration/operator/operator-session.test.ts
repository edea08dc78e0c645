import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../browser/launch-chromium.ts';
import { wizardPage } from '../../browser/pages/wizard-page.ts';
import { saveScreenshot } from '../../browser/screenshots.ts';
import { openCounter, type Counter } from './counter.ts';

/**
 * Assisted mode in Chromium (issue 7 point 5): the wizard page (the citizen's display) and the
 * operator page (staff's display) on one flow, the card in process. The operator starts and
 * aborts with the keyboard only; the operator page shows the progress and, after the
 * confirmation, the holder's name, and never any other identity data.
 */
let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of open.reverse()) await item.close();
  open = [];
});

async function counter(): Promise<Counter> {
  const browser = await launchChromium();
  open.push(browser);
  const opened = await openCounter(browser);
  open.push(opened);
  return opened;
}

describe('the operator window', () => {
  it('starts a session, follows it with the name after the confirmation, and aborts it', async () => {
    const { stack, operator, problems, browser } = await counter();
    const wizard = wizardPage(browser.page);
    await browser.page.goto(stack.pageUrl);
    await wizard.waitForStep('welcome');
    await operator.waitFor('welcome', 'idle');

    await operator.startSession();
    await wizard.waitForStep('waitingForCard');
    await operator.waitFor('waitingForCard', 'inProgress');
    await stack.insert('citizen-1.8');
    await wizard.waitForStep('authenticatePin');
    await operator.waitFor('authenticatePin');
    expect(await operator.triesLeft()).toMatch(/3/);
    await wizard.enterPin('1234');
    await wizard.waitForStep('enterCodeAndContact');
    await wizard.enterDetails({
      code: await stack.phoneCode(),
      email: 'jan@example.be',
      phone: '0470 12 34 56',
    });
    await wizard.waitForStep('confirmData');
    const confirm = stack.flow.snapshot;
    if (confirm.step !== 'confirmData') throw new Error(`at ${confirm.step}`);
    const name = `${confirm.holder.firstNames} ${confirm.holder.surname}`;
    await operator.waitFor('confirmData');
    expect(await operator.holderText()).toBe(name);
    await saveScreenshot(operator.page, 'operator', 'session-confirmation');

    await wizard.confirm();
    await wizard.waitForStep('signPin');
    await operator.waitFor('signPin');
    expect(await operator.holderText()).toBe(name);
    const html = await operator.page.content();
    const { firstNames: _f, surname: _s, photo: _p, ...others } = confirm.holder;
    for (const secret of [...Object.values(others), confirm.contact.email, confirm.contact.phone ?? ''])
      if (secret !== '') expect(html, String(secret)).not.toContain(String(secret));
    expect(await operator.page.locator('img').count()).toBe(0); // no photo

    await operator.abortAndKeep();
    expect(await wizard.step()).toBe('signPin');
    await operator.abortSession();
    await wizard.waitForStep('welcome');
    await operator.waitFor('welcome', 'idle');
    expect(await operator.holderText()).not.toContain(confirm.holder.surname);
    expect([...browser.problems, ...problems]).toEqual([]);
  });

  it('starts a new session over a finished one, and shows a blocked PIN with what to do', async () => {
    const { stack, operator, problems, browser } = await counter();
    const wizard = wizardPage(browser.page);
    await browser.page.goto(stack.pageUrl);
    await operator.startSession();
    await stack.insert('pin-blocked-1.8');
    await wizard.waitForStep('error');
    await operator.waitFor('error', 'failed');
    await expect(operator.page.locator('main').getAttribute('data-error')).resolves.toBe('pin-blocked');
    await expect(operator.byTestId('operator-error').isVisible()).resolves.toBe(true);
    await stack.insert('citizen-1.7');
    await operator.startSession();
    await wizard.waitForStep('authenticatePin');
    await operator.waitFor('authenticatePin', 'inProgress');
    expect([...browser.problems, ...problems]).toEqual([]);
  });
});
