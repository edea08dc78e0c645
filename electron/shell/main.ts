import * as electron from 'electron';
import { startShell } from './start-shell.ts';

/**
 * The Electron main process's entry (bundled to dist/app/main.cjs by electron/build/). All of
 * it is in start-shell.ts, which takes the `electron` module as a parameter so that unit tests
 * can give it a fake (tests/support/fake-electron.ts).
 */
startShell(electron).catch((error: unknown) => {
  process.stderr.write(`eID Wizard: start failed (${error instanceof Error ? error.name : typeof error})\n`);
  electron.app.exit(1);
});
