/**
 * `npm run demo`: the wizard against the real main-process code, on this machine, in one
 * command (docs/demo.md). Builds the wizard when it is missing or stale, starts the
 * registration service (in process, real clock, 127.0.0.1:8480), puts a virtual card in a reader
 * (through pcscd + vpcd when they are there, in process otherwise), serves the wizard on the
 * loopback host and opens it (Electron, Chromium, the default browser, or just prints the URL
 * on a headless machine). Keys: `r` pulls or puts back the card, `q` / Ctrl-C quits cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cardIds } from '../virtual-card/index.ts';
import { buildWizard, builtPageMtime, newestMtime, WIZARD_DIST } from '../support/build-wizard.ts';
import { startWizardStack, type WizardStack } from '../support/wizard-stack.ts';
import { bannerLines } from './demo-banner.ts';
import { chooseCardSource, chooseOpener, needsBuild, type CardSourceChoice } from './demo-decisions.ts';
import { listenToKeys } from './demo-keys.ts';
import { DEMO_USAGE, parseDemoOptions, type DemoOptions } from './demo-options.ts';
import { findChromium, pcscdRunning, vpcdInstalled } from './demo-probes.ts';

const PIN = '1234';
const say = (line = ''): void => console.log(line);

const parsed = parseDemoOptions(process.argv.slice(2).filter((arg) => arg !== '--'));
if ('wrong' in parsed || parsed.help) {
  if ('wrong' in parsed) console.error(`npm run demo: ${parsed.wrong}`);
  console.error(DEMO_USAGE);
  process.exit('wrong' in parsed ? 2 : 0);
}
const options: DemoOptions = parsed;
if (!cardIds().includes(options.card)) {
  console.error(`npm run demo: no virtual card "${options.card}"; there are: ${cardIds().join(', ')}`);
  process.exit(2);
}

/** Builds the wizard if needed; false if there is nothing to serve. */
async function ensureBuilt(): Promise<boolean> {
  if (options.staticRoot !== undefined) return existsSync(join(options.staticRoot, 'index.html'));
  if (!needsBuild(builtPageMtime(), newestMtime())) return true;
  say('building the wizard (vite build --config renderer/vite.config.ts)…');
  try {
    await buildWizard(() => undefined);
    return true;
  } catch (error) {
    console.error((error as Error).message);
    if (builtPageMtime() === undefined) return false;
    say('the build failed: serving the previous build in dist/wizard/');
    return true;
  }
}

/** The stack, with the card where {@link chooseCardSource} says (in process if pcscd fails). */
async function startStack(
  choice: CardSourceChoice,
): Promise<{ stack: WizardStack; choice: CardSourceChoice }> {
  const base = {
    servicePort: options.port,
    language: options.language,
    staticRoot: resolve(options.staticRoot ?? WIZARD_DIST),
  };
  if (choice.kind === 'pcscd') {
    try {
      return {
        stack: await startWizardStack({ ...base, card: 'pcscd', readerIndex: options.reader }),
        choice,
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw error;
      choice = { kind: 'in-process', reason: `pcscd did not work: ${(error as Error).message}` };
    }
  }
  return { stack: await startWizardStack({ ...base, card: 'in-process' }), choice };
}

if (!(await ensureBuilt())) {
  console.error(`nothing to serve: ${options.staticRoot ?? 'dist/wizard'}/index.html is missing`);
  process.exit(1);
}
const probed = chooseCardSource({
  forceInProcess: options.inProcess,
  platform: process.platform,
  pcscdRunning: await pcscdRunning(),
  vpcdInstalled: vpcdInstalled(),
});
let started: Awaited<ReturnType<typeof startStack>>;
try {
  started = await startStack(probed);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  console.error(`port ${options.port} is in use (is npm run service running?): try --port <another>`);
  process.exit(1);
}
const { stack, choice } = started;
await stack.insert(options.card, PIN);

const opener = chooseOpener(
  {
    platform: process.platform,
    env: process.env,
    noOpen: options.noOpen,
    chromium: findChromium(),
    profileDirectory: mkdtempSync(join(tmpdir(), 'eidw-demo-profile-')),
  },
  stack.pageUrl,
);
let window: ChildProcess | undefined;
if (opener.kind !== 'print') {
  window = spawn(opener.command, opener.args, { stdio: 'ignore', detached: opener.kind === 'system' });
  window.once('error', (error) => say(`could not open the wizard (${error.message}): open the URL yourself`));
  if (opener.kind === 'system') window.unref();
}

const where =
  choice.kind === 'pcscd' ? `pcscd + vpcd, reader "${stack.card.reader}"` : 'in process (no pcscd)';
for (const line of bannerLines({
  pageUrl: stack.pageUrl,
  simulatorUrl: `${stack.simulatorUrl}?lang=${options.language}`,
  serviceBaseUrl: stack.serviceBaseUrl,
  cardId: options.card,
  pin: PIN,
  cardSource: where,
  cardReason: choice.reason,
  opener,
}))
  say(line);

let quitting = false;
let busy = Promise.resolve();
const stopKeys = listenToKeys(process.stdin, (action) => {
  if (action === 'quit') return void quit();
  busy = busy.then(async () => {
    if (quitting) return;
    if (stack.card.inserted) {
      await stack.remove();
      say('card removed (press r to put it back)');
    } else {
      await stack.insert(options.card, PIN);
      say(`card ${options.card} inserted, PIN ${PIN}`);
    }
  });
  busy = busy.catch((error: unknown) => say(`card: ${(error as Error).message}`));
});

/** Wipes the flow and stops everything this demo started. */
async function quit(): Promise<void> {
  if (quitting) return process.exit(130); // a second Ctrl-C: do not wait
  quitting = true;
  say('quitting: wiping the flow, closing the wizard host, the card and the service…');
  stopKeys();
  if (window !== undefined && opener.kind !== 'system' && window.exitCode === null) window.kill();
  await busy;
  await stack.flow.cancel().catch(() => undefined);
  await stack.close();
  say('bye');
  process.exit(0);
}
process.on('SIGINT', () => void quit());
process.on('SIGTERM', () => void quit());
