import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowSnapshot } from '../../../common/flow/snapshot.ts';
import { LANGUAGES } from '../../../common/i18n/languages.ts';
import { axeViolations } from '../../browser/axe.ts';
import { launchChromium, type BrowserSession } from '../../browser/launch-chromium.ts';
import { wizardPage, type WizardPage } from '../../browser/pages/wizard-page.ts';
import { saveScreenshot } from '../../browser/screenshots.ts';
import { scriptedMain, type ScriptedMain } from '../../browser/scripted-main.ts';
import { startLoopbackHost, type LoopbackHost } from '../../host/loopback-host.ts';
import { SAMPLES, snapshotOf } from '../../support/sample-snapshots.ts';
import { WIZARD_DIST } from '../../support/build-wizard.ts';
import { makePhoto } from '../../virtual-card/card-data/photo.ts';

/**
 * Every screen the flow can show, in every language, in real Chromium: each sample snapshot
 * (every step, every PIN, code and contact variant, every error code, the idle warning) is shown through the
 * wizard contract, then the screen is saved as a PNG (test-results/screenshots/<lang>/) and
 * checked with axe-core (WCAG 2.1 A and AA). The step's heading must have the focus, as a
 * screen-reader user expects after each change. The photo on the confirmation is a generated
 * JPEG, as the card holds.
 */
const PHOTO = makePhoto(140, 200, 1);

/**
 * The sample as a person would meet it: a photo where the screen shows one, a code that
 * expires in 12 minutes (the samples' fixed instant is in the past, which shows "expired"),
 * and an idle warning with 25 seconds left.
 */
function asShown(snapshot: FlowSnapshot): FlowSnapshot {
  const expiresAt = new Date(Date.now() + 12 * 60_000).toISOString();
  const coded =
    'codeExpiresAt' in snapshot && snapshot.codeExpiresAt !== undefined
      ? { ...snapshot, codeExpiresAt: expiresAt }
      : snapshot;
  const live =
    coded.idleWarningUntil === undefined
      ? coded
      : { ...coded, idleWarningUntil: new Date(Date.now() + 25_000).toISOString() };
  return live.step === 'confirmData' ? { ...live, holder: { ...live.holder, photo: PHOTO } } : live;
}

/** An idle warning is open: a labelled, described alertdialog with the focus on "I need more time". */
async function expectIdleWarning(page: Page): Promise<void> {
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
    .toBe('action-still-here');
  for (const relation of ['aria-labelledby', 'aria-describedby']) {
    const id = await dialog.getAttribute(relation);
    expect(await page.locator(`[id="${id}"]`).textContent()).toBeTruthy();
  }
  // Faded in completely before the screenshot and axe (contrast is measured on what is seen).
  await expect.poll(() => dialog.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
}

/** A file-name-safe label. */
const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

describe.each(LANGUAGES)('every screen in %s', (language) => {
  let main: ScriptedMain;
  let host: LoopbackHost;
  let browser: BrowserSession;
  let wizard: WizardPage;

  beforeAll(async () => {
    main = scriptedMain({ step: 'welcome', seq: 0, language });
    host = await startLoopbackHost({ serve: (transport) => main.serve(transport), staticRoot: WIZARD_DIST });
    browser = await launchChromium();
    wizard = wizardPage(browser.page);
    await browser.page.goto(host.pageUrl);
    await wizard.waitForStep('welcome');
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  SAMPLES.forEach(([name, sample], index) => {
    it(`${sample.step}: ${name}`, async () => {
      const shown = main.show(asShown({ ...snapshotOf(sample), language }));
      const page = browser.page;
      await page.locator(`main[data-step="${shown.step}"][data-seq="${shown.seq}"]`).waitFor();
      const previous = SAMPLES[index - 1]?.[1].step ?? 'welcome';
      if (shown.idleWarningUntil !== undefined) await expectIdleWarning(page);
      else await page.getByRole('alertdialog').waitFor({ state: 'detached' });
      if (previous !== shown.step)
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      await saveScreenshot(page, language, `${String(index).padStart(2, '0')}-${slug(name)}`);
      expect(await axeViolations(page)).toEqual([]);
      if (shown.idleWarningUntil !== undefined) {
        // A click beside the dialog asks for nothing; Escape asks for more time.
        const before = main.commands.length;
        await page.mouse.click(5, 5);
        await page.keyboard.press('Escape');
        await expect.poll(() => main.commands.slice(before).map((c) => c.method)).toEqual(['stillHere']);
      }
      expect(browser.problems).toEqual([]);
    });
  });

  it('fits every screen at 200% zoom (512 CSS pixels wide) without scrolling sideways', async () => {
    const page = browser.page;
    await page.setViewportSize({ width: 512, height: 400 });
    try {
      const overflowing: string[] = [];
      for (const [name, sample] of SAMPLES) {
        const shown = main.show(asShown({ ...snapshotOf(sample), language }));
        await page.locator(`main[data-step="${shown.step}"][data-seq="${shown.seq}"]`).waitFor();
        const [scroll, client] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
        ]);
        if (scroll! > client!) overflowing.push(`${name}: ${scroll} > ${client}`);
      }
      expect(overflowing).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1024, height: 800 });
    }
  });
});
