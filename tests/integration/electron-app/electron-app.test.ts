import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../browser/axe.ts';
import { buildApp } from '../packaging/build-app.ts';
import { operatorPage } from '../../browser/pages/operator-page.ts';
import { wizardPage } from '../../browser/pages/wizard-page.ts';
import {
  electronUnavailable,
  launchElectronApp,
  type LaunchedApp,
} from '../../electron/launch-electron-app.ts';
import { freePort } from '../../support/free-port.ts';
import { insertVirtualCard, vpcdReaderName, type InsertedCard } from '../../support/virtual-reader.ts';
import { startRealService, type RealService } from '../../unit/electron/app/service/helpers/real-service.ts';
import { DEFAULT_SEED } from '../../virtual-card/index.ts';
import { writeTestRootsFile } from '../../virtual-card/test-roots-file.ts';
import { createServiceClient } from '../../../electron/app/service/service-client.ts';

/**
 * The desktop app end to end (issue 7 point 7): the real Electron binary running the bundled
 * main process, the card through pcscd + vpcd in the utility process, the real service, and the
 * browser tests' page objects on the Electron windows. Skipped with the printed reason where the
 * Electron binary is absent (this project's CI: test-environment.md "Electron").
 */
const unavailable = electronUnavailable();
if (unavailable !== undefined) console.warn(`Electron end-to-end tests skipped: ${unavailable}`);

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of open.reverse()) await item.close().catch(() => undefined);
  open = [];
});

let roots: string;
beforeAll(async () => {
  if (unavailable !== undefined) return;
  roots = writeTestRootsFile(DEFAULT_SEED);
  await buildApp(); // dist/app/*.cjs from the current sources (the wizard is built by global setup)
}, 180_000);

/** The service on a port known in advance, so the app's origin (its URL's) is the service's. */
async function service(): Promise<RealService> {
  const port = await freePort();
  const real = await startRealService(
    { codeAttemptsPerMinute: 1_000, logLevel: 'silent', origin: `http://127.0.0.1:${port}` },
    { port },
  );
  open.push(real);
  return real;
}

async function app(mode: 'personal' | 'kiosk' | 'assisted', real: RealService): Promise<LaunchedApp> {
  const launched = await launchElectronApp({
    serviceUrl: real.baseUrl,
    mode,
    defaultLanguage: 'nl',
    testRoots: [roots],
    reader: vpcdReaderName(0),
  });
  open.push(launched);
  return launched;
}

async function card(id: string): Promise<InsertedCard> {
  const inserted = await insertVirtualCard(id, 0);
  open.push(inserted);
  return inserted;
}

describe('the Electron app end to end', () => {
  it('registers with the virtual card, keyboard only, in the Electron window', async (context) => {
    if (unavailable !== undefined) return context.skip(unavailable);
    const real = await service();
    const { wizard: page } = await app('personal', real);
    await card('citizen-1.7');
    const wizard = wizardPage(page);
    await wizard.waitForStep('welcome');
    expect(await axeViolations(page)).toEqual([]);
    await wizard.start();
    await wizard.waitForStep('authenticatePin');
    await wizard.enterPin('1234');
    await wizard.waitForStep('enterCodeAndContact');
    const phone = createServiceClient({ baseUrl: real.baseUrl });
    await wizard.enterDetails({ code: (await phone.startEnrolment()).code, email: 'jan@example.be' });
    await wizard.waitForStep('confirmData');
    await wizard.confirm();
    await wizard.waitForStep('signPin');
    await wizard.enterPin('1234');
    await wizard.waitForStep('done');
  });

  it('kiosk: pulling the card wipes the session, clears storage and resets the language', async (context) => {
    if (unavailable !== undefined) return context.skip(unavailable);
    const real = await service();
    const { wizard: page } = await app('kiosk', real);
    const inserted = await card('citizen-1.8');
    const wizard = wizardPage(page);
    await wizard.waitForStep('welcome');
    await wizard.chooseLanguage('fr');
    await page.evaluate(() => sessionStorage.setItem('probe', 'left by the last person'));
    await wizard.start();
    await wizard.waitForStep('authenticatePin');
    await inserted.close();
    await wizard.waitForStep('welcome', 20_000);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.evaluate(() => sessionStorage.getItem('probe'))).toBeNull();
  });

  it('assisted: the operator starts and aborts a session and sees the progress', async (context) => {
    if (unavailable !== undefined) return context.skip(unavailable);
    const real = await service();
    const launched = await app('assisted', real);
    await card('citizen-1.7');
    const operatorWindow =
      launched.app.windows().find((w) => w !== launched.wizard) ??
      (await launched.app.waitForEvent('window'));
    const operator = operatorPage(operatorWindow);
    const wizard = wizardPage(launched.wizard);
    await operator.startSession();
    await wizard.waitForStep('authenticatePin');
    await operator.waitForSession('inProgress');
    await operator.abortSession();
    await wizard.waitForStep('welcome');
  });
});
