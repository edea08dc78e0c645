import { afterEach, describe, expect, it } from 'vitest';
import type { FlowStep } from '../../../common/flow/steps.ts';
import { LANGUAGES, type Language } from '../../../common/i18n/languages.ts';
import { axeViolations } from '../../browser/axe.ts';
import { launchChromium, type BrowserSession } from '../../browser/launch-chromium.ts';
import { simulatorPage } from '../../browser/pages/simulator-page.ts';
import { wizardPage, type WizardPage } from '../../browser/pages/wizard-page.ts';
import { startWizardStack, type WizardStack } from '../../support/wizard-stack.ts';

/**
 * The whole registration in Chromium, keyboard only, against the real main-process flow served
 * over the loopback host, the virtual card through pcscd and vpcd, and the real service: for
 * 1.7 (RSA) and 1.8 (ECC) cards in each language. Every screen it passes is checked with axe.
 */
const EMAIL = 'jan@example.be';

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of open.reverse()) await item.close();
  open = [];
});

/** A stack with the card `cardId` inserted, and the wizard open in Chromium. */
async function openWizard(cardId: string, options: Parameters<typeof startWizardStack>[0] = {}) {
  const stack: WizardStack = await startWizardStack({ card: 'pcscd', service: 'in-process', ...options });
  open.push(stack);
  const browser: BrowserSession = await launchChromium();
  open.push(browser);
  await stack.insert(cardId);
  const wizard = wizardPage(browser.page);
  await browser.page.goto(stack.pageUrl);
  await wizard.waitForStep('welcome');
  return { stack, browser, wizard };
}

/** Waits for `step` and checks it with axe. */
async function atStep(wizard: WizardPage, step: FlowStep): Promise<void> {
  await wizard.waitForStep(step);
  expect(await axeViolations(wizard.page), step).toEqual([]);
}

/** From the welcome screen to the done screen, in `language`. */
async function register(wizard: WizardPage, stack: WizardStack, language: Language): Promise<void> {
  await wizard.chooseLanguage(language);
  await expect.poll(() => wizard.page.evaluate(() => document.documentElement.lang)).toBe(language);
  await atStep(wizard, 'welcome');
  await wizard.start();
  await atStep(wizard, 'authenticatePin');
  await expect(wizard.byTestId('tries-left').textContent()).resolves.toMatch(/3/);
  await wizard.enterPin('1234');
  await atStep(wizard, 'enterCodeAndContact');
  await wizard.enterDetails({ code: await stack.phoneCode(), email: EMAIL });
  await atStep(wizard, 'confirmData');
  await expect(wizard.byTestId('holder-photo').isVisible()).resolves.toBe(true);
  await wizard.confirm();
  await atStep(wizard, 'signPin');
  await wizard.enterPin('1234');
  await atStep(wizard, 'done');
}

describe('registration in Chromium', () => {
  for (const cardId of ['citizen-1.7', 'citizen-1.8']) {
    for (const language of LANGUAGES) {
      it(`registers with ${cardId} in ${language}, keyboard only`, async () => {
        const { stack, browser, wizard } = await openWizard(cardId);
        await register(wizard, stack, language);
        expect(browser.problems).toEqual([]);
      });
    }
  }

  it('takes the code from the device simulator page, and the phone then confirms the holder', async () => {
    const { stack, browser, wizard } = await openWizard('citizen-1.8');
    const phone = simulatorPage(await browser.context.newPage());
    await phone.page.goto(`${stack.simulatorUrl}?lang=en`);
    const code = await phone.startEnrolment();

    await wizard.start();
    await wizard.waitForStep('authenticatePin');
    await wizard.enterPin('1234');
    await wizard.waitForStep('enterCodeAndContact');
    // Typed as a person reads it off the phone: with its space, in lower case.
    await wizard.enterDetails({ code: code.toLowerCase(), email: EMAIL });
    await wizard.waitForStep('confirmData');
    await wizard.confirm();
    await wizard.waitForStep('signPin');
    await wizard.enterPin('1234');
    await wizard.waitForStep('done');

    await phone.confirmHolder();
    expect(browser.problems).toEqual([]);
  });
});
