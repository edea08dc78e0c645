import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../../browser/axe.ts';
import { launchChromium } from '../../browser/launch-chromium.ts';
import { wizardPage, type WizardPage } from '../../browser/pages/wizard-page.ts';
import { startWizardStack, type WizardStack, type WizardStackOptions } from '../../support/wizard-stack.ts';

/**
 * What goes wrong, in Chromium against the real flow, card (pcscd + vpcd) and service: a wrong
 * PIN, a blocked PIN, the card pulled in the middle, a wrong and an expired code, and the
 * service down while the signed application is submitted. Each error screen is checked with axe.
 */
const EMAIL = 'jan@example.be';

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of open.reverse()) await item.close();
  open = [];
});

async function openWizard(cardId: string, options: Partial<WizardStackOptions> = {}) {
  const stack: WizardStack = await startWizardStack({ card: 'pcscd', service: 'in-process', ...options });
  open.push(stack);
  const browser = await launchChromium();
  open.push(browser);
  await stack.insert(cardId);
  const wizard = wizardPage(browser.page);
  await browser.page.goto(stack.pageUrl);
  await wizard.waitForStep('welcome');
  await wizard.chooseLanguage('nl');
  await wizard.start();
  return { stack, browser, wizard };
}

/** The error code on the error screen. */
const errorCode = (wizard: WizardPage) =>
  wizard.page.locator('main[data-step="error"]').getAttribute('data-error');

async function noAxeViolations(wizard: WizardPage): Promise<void> {
  expect(await axeViolations(wizard.page)).toEqual([]);
}

/** From the first PIN screen to the signing PIN, with a fresh code. */
async function toSignPin(wizard: WizardPage, stack: WizardStack): Promise<void> {
  await wizard.waitForStep('authenticatePin');
  await wizard.enterPin('1234');
  await wizard.waitForStep('enterCodeAndContact');
  await wizard.enterDetails({ code: await stack.phoneCode(), email: EMAIL });
  await wizard.waitForStep('confirmData');
  await wizard.confirm();
  await wizard.waitForStep('signPin');
}

/** From the first PIN screen to done. */
async function finish(wizard: WizardPage, stack: WizardStack): Promise<void> {
  await toSignPin(wizard, stack);
  await wizard.enterPin('1234');
  await wizard.waitForStep('done');
}

describe('what goes wrong, in Chromium', () => {
  it('says a wrong PIN with the tries left, then takes the right one', async () => {
    const { stack, browser, wizard } = await openWizard('citizen-1.8');
    await wizard.waitForStep('authenticatePin');
    await wizard.enterPin('9999');
    await expect.poll(() => wizard.byTestId('tries-left').textContent()).toMatch(/2/);
    await expect(wizard.byTestId('field-pin').inputValue()).resolves.toBe(''); // not kept
    await noAxeViolations(wizard);
    await finish(wizard, stack);
    expect(browser.problems).toEqual([]);
  });

  it('stops on a blocked PIN with what to do, before any PIN is asked', async () => {
    const { wizard } = await openWizard('pin-blocked-1.8');
    await wizard.waitForStep('error');
    expect(await errorCode(wizard)).toBe('pin-blocked');
    expect(await wizard.byTestId('field-pin').count()).toBe(0);
    await noAxeViolations(wizard);
  });

  it('wipes when the card is pulled mid-flow and registers after it is put back', async () => {
    const { stack, wizard } = await openWizard('citizen-1.7');
    await wizard.waitForStep('authenticatePin');
    await wizard.enterPin('1234');
    await wizard.waitForStep('enterCodeAndContact');
    await stack.remove();
    await wizard.waitForStep('cardRemoved');
    await noAxeViolations(wizard);
    await stack.insert('citizen-1.7');
    await finish(wizard, stack);
  });

  it('says a wrong code with the tries left, then takes the right one', async () => {
    const { stack, wizard } = await openWizard('citizen-1.8');
    await wizard.waitForStep('authenticatePin');
    await wizard.enterPin('1234');
    await wizard.waitForStep('enterCodeAndContact');
    await wizard.enterDetails({ code: 'ZZZZZ', email: EMAIL });
    // The service refused it (not the renderer): main shows it with the tries left.
    await expect
      .poll(() => stack.flow.snapshot)
      .toMatchObject({ step: 'enterCodeAndContact', codeProblem: 'unknown', codeTriesLeft: 4 });
    await expect.poll(() => wizard.byTestId('field-code').getAttribute('aria-invalid')).toBe('true');
    await noAxeViolations(wizard);
    await wizard.enterDetails({ code: await stack.phoneCode(), email: EMAIL });
    await wizard.waitForStep('confirmData');
  });

  it('replaces a code that expired before the submission, asking the PIN again', async () => {
    const { stack, wizard } = await openWizard('citizen-1.8');
    await toSignPin(wizard, stack);
    stack.clock.advance(16 * 60_000); // the 15-minute code expired meanwhile
    await wizard.enterPin('1234');
    await wizard.waitForStep('error');
    expect(await errorCode(wizard)).toBe('code-expired');
    await noAxeViolations(wizard);
    await wizard.retry();
    await finish(wizard, stack);
  });

  it('resubmits after the service was down, without a second signing PIN and without a duplicate', async () => {
    const { stack, wizard } = await openWizard('citizen-1.7', { proxy: true });
    await toSignPin(wizard, stack);
    stack.proxy!.down();
    await wizard.enterPin('1234');
    await wizard.waitForStep('error', 30_000);
    expect(await errorCode(wizard)).toMatch(/^service-/);
    await noAxeViolations(wizard);
    stack.proxy!.up();
    await wizard.retry();
    await wizard.waitForStep('done');
    expect(await stack.service!.repository.countApplications()).toBe(1);
  });
});
