import type { Page } from 'playwright';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../../browser/axe.ts';
import { launchChromium } from '../../browser/launch-chromium.ts';
import { wizardPage } from '../../browser/pages/wizard-page.ts';
import { startWizardStack } from '../../support/wizard-stack.ts';

/**
 * The kiosk's idle warning in Chromium against the real flow (in-process card and service),
 * keyboard only (WCAG 2.2.1 Timing Adjustable): the warning takes the focus onto "I need more
 * time", Enter keeps the person on their step with what they entered, and a warning nobody
 * answers ends on the idle-timeout error. Short timeouts: 2 s to the warning, 10 s of warning.
 */
const IDLE_TIMEOUT_MS = 12_000;
const IDLE_WARNING_MS = 10_000;

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of open.reverse()) await item.close();
  open = [];
});

/** `data-testid` of the focused element. */
const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

describe('the idle warning, in Chromium', () => {
  it('extends with Enter on "I need more time", and wipes when nobody answers', async () => {
    const stack = await startWizardStack({
      card: 'in-process',
      service: 'in-process',
      idleTimeoutMs: IDLE_TIMEOUT_MS,
      flowOptions: { idleWarningMs: IDLE_WARNING_MS },
    });
    open.push(stack);
    const browser = await launchChromium();
    open.push(browser);
    await stack.insert('citizen-1.8');
    const wizard = wizardPage(browser.page);
    await browser.page.goto(stack.pageUrl);
    await wizard.waitForStep('welcome');
    await wizard.chooseLanguage('fr');
    await wizard.start();
    await wizard.waitForStep('authenticatePin');
    await wizard.enterPin('1234');
    await wizard.waitForStep('enterCodeAndContact');
    const seq = await browser.page.locator('main').getAttribute('data-seq');

    const warning = wizard.idleWarning();
    await warning.waitFor({ timeout: IDLE_TIMEOUT_MS });
    await expect.poll(() => focusedTestId(browser.page)).toBe('action-still-here');
    expect(await warning.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await warning.getAttribute('aria-describedby')).toBeTruthy();
    await expect.poll(() => wizard.byTestId('idle-countdown').textContent()).toMatch(/0:(0\d|10)/);

    await wizard.stillHere(); // Enter, where the focus is
    await warning.waitFor({ state: 'detached' });
    expect(await wizard.step()).toBe('enterCodeAndContact');
    expect(Number(await browser.page.locator('main').getAttribute('data-seq'))).toBeGreaterThan(Number(seq));
    expect(stack.flow.snapshot.idleWarningUntil).toBeUndefined();

    await warning.waitFor({ timeout: IDLE_TIMEOUT_MS }); // nobody answers this time
    expect(await axeViolations(browser.page)).toEqual([]); // (axe moves the focus: checked last)
    await wizard.waitForStep('error', IDLE_WARNING_MS + 2_000);
    await warning.waitFor({ state: 'detached' });
    expect(await browser.page.locator('main').getAttribute('data-error')).toBe('idle-timeout');
    await expect.poll(() => browser.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(browser.problems).toEqual([]);
  });
});
