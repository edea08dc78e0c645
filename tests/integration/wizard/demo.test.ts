import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium, type BrowserSession } from '../../browser/launch-chromium.ts';
import { simulatorPage } from '../../browser/pages/simulator-page.ts';
import { wizardPage } from '../../browser/pages/wizard-page.ts';
import { startScript, type CliProcess } from '../electron/app/cli/cli-process.ts';
import { freePort } from '../../support/free-port.ts';

/**
 * `npm run demo` as the README tells a new user to run it (here with `--no-open`, as on a
 * headless machine): the printed wizard URL opens the wizard in Chromium, the printed phone
 * URL gives a code, a registration goes through to the phone's confirmation, `r` pulls the
 * card, and `q` quits cleanly.
 */
const DEMO = fileURLToPath(new URL('../../demo/wizard-demo.ts', import.meta.url));

/** The URL printed after `label` in the demo's banner. */
function printedUrl(stdout: string, label: string): string {
  const match = new RegExp(`^\\s*${label}\\s+(http://\\S+)`, 'm').exec(stdout);
  if (match === null) throw new Error(`no ${label} URL in:\n${stdout}`);
  return match[1]!;
}

let demo: CliProcess | undefined;
let browser: BrowserSession | undefined;
afterEach(async () => {
  await browser?.close();
  if (demo !== undefined && (await Promise.race([demo.exited, Promise.resolve(undefined)])) === undefined)
    demo.kill('SIGTERM');
  demo = browser = undefined;
});

describe('npm run demo', () => {
  it('serves the wizard and the phone simulator; a registration goes through; r and q work', async () => {
    demo = startScript(DEMO, ['--no-open', '--port', String(await freePort())]);
    await demo.waitFor('keys', 60_000);
    const wizardUrl = printedUrl(demo.stdout(), 'wizard');
    const phoneUrl = printedUrl(demo.stdout(), 'phone');

    browser = await launchChromium();
    const wizard = wizardPage(browser.page);
    await browser.page.goto(wizardUrl);
    await wizard.waitForStep('welcome');
    const phone = simulatorPage(await browser.context.newPage());
    await phone.page.goto(phoneUrl);
    const code = await phone.startEnrolment();

    await wizard.start();
    await wizard.waitForStep('authenticatePin');
    demo.type('r'); // pull the card: the wizard wipes and waits
    await wizard.waitForStep('cardRemoved');
    demo.type('r');
    await wizard.waitForStep('authenticatePin');
    await wizard.enterPin('1234');
    await wizard.waitForStep('enterCodeAndContact');
    await wizard.enterDetails({ code, email: 'demo@example.be' });
    await wizard.waitForStep('confirmData');
    await wizard.confirm();
    await wizard.waitForStep('signPin');
    await wizard.enterPin('1234');
    await wizard.waitForStep('done');
    await phone.confirmHolder();

    demo.type('q');
    const { code: exit } = await demo.exited;
    expect(exit).toBe(0);
    expect(demo.stdout()).toContain('bye');
    expect(browser.problems).toEqual([]);
  });
});
