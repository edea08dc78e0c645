import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../common/i18n/languages.ts';
import { axeViolations } from '../../browser/axe.ts';
import { launchChromium, type BrowserSession } from '../../browser/launch-chromium.ts';
import type { OperatorPage } from '../../browser/pages/operator-page.ts';
import { saveScreenshot } from '../../browser/screenshots.ts';
import { typedPin } from '../../support/flow-harness.ts';
import { connectToStack, type StackView } from '../../support/wizard-stack-drive.ts';
import { openCounter, type Counter } from './counter.ts';

/**
 * The operator page in every language (the language switch used with the keyboard): axe-core
 * (WCAG 2.0/2.1 A and AA) finds no violation in any of its states (idle, a PIN step with the
 * tries left, the confirmation with the holder's name, the abort dialog, an error), and each is
 * saved to test-results/screenshots/operator/<lang>-NN-<state>.png. The citizen's side is
 * driven over the wizard contract, as the wizard page would.
 */
let browser: BrowserSession;
let counter: Counter;
let citizen: StackView;

beforeAll(async () => {
  browser = await launchChromium();
  counter = await openCounter(browser);
  citizen = await connectToStack(counter.stack);
});

afterAll(async () => {
  citizen?.close();
  await counter?.close();
  await browser?.close();
});

/** Checks the page with axe and saves its screenshot. */
async function check(operator: OperatorPage, name: string): Promise<void> {
  expect(await axeViolations(operator.page), name).toEqual([]);
  await saveScreenshot(operator.page, 'operator', name);
}

describe('the operator page passes axe', () => {
  for (const language of LANGUAGES) {
    it(`in ${language}, in every state`, async () => {
      const { operator, stack } = counter;
      await operator.chooseLanguage(language);
      await expect.poll(() => operator.page.evaluate(() => document.documentElement.lang)).toBe(language);
      await operator.waitFor('welcome', 'idle');
      await check(operator, `${language}-01-idle`);

      await stack.insert('citizen-1.8');
      await operator.startSession();
      await operator.waitFor('authenticatePin', 'inProgress');
      await check(operator, `${language}-02-pin`);
      await citizen.remote.submitPin(typedPin('1234'));
      await citizen.until('enterCodeAndContact', 10_000);
      await citizen.remote.submitDetails({ code: await stack.phoneCode(), email: 'jan@example.be' });
      await operator.waitFor('confirmData');
      await check(operator, `${language}-03-confirmation`);

      await operator.byTestId('operator-abort').focus();
      await operator.page.keyboard.press('Enter');
      await operator.byTestId('operator-abort-dialog').waitFor();
      await check(operator, `${language}-04-abort-dialog`);
      await operator.page.keyboard.press('Escape');
      await operator.abortSession();
      await operator.waitFor('welcome', 'idle');

      await stack.insert('pin-blocked-1.7');
      await operator.startSession();
      await operator.waitFor('error', 'failed');
      await check(operator, `${language}-05-error`);
      await operator.abortSession();
      await operator.waitFor('welcome', 'idle');
      expect(counter.problems).toEqual([]);
    });
  }
});
