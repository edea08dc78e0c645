import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright';
import { electronBinary } from '../demo/demo-probes.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The bundled main process (npm run build:app), package.json's `main`. */
export const MAIN_BUNDLE = join(ROOT, 'dist', 'app', 'main.cjs');

/**
 * Why the Electron end-to-end tests cannot run here, or undefined when they can: the `electron`
 * package must have its binary (test-environment.md "Electron": it cannot be downloaded on the
 * project's CI). Printed as the skip reason.
 */
export function electronUnavailable(): string | undefined {
  if (electronBinary() === undefined)
    return 'the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD, no access to GitHub releases): run `node node_modules/electron/install.js` and `npx @electron/rebuild -w pcsclite` where it can be downloaded';
  return undefined;
}

/** A running app and its first window. */
export interface LaunchedApp {
  readonly app: ElectronApplication;
  readonly wizard: Page;
  close(): Promise<void>;
}

/**
 * Starts the unpackaged app (`electron .`: package.json's `main`, dist/app/main.cjs, with
 * `app.getAppPath()` the repository, where the shell finds the pages, locales and trust
 * anchors) with `config` written to a temporary
 * file and passed with `--config`. Not the installed build: Playwright's `_electron` needs the
 * Node CLI inspect fuse that installers turn off (docs/packaging.md, peers-and-users.md §3a).
 */
export async function launchElectronApp(config: object): Promise<LaunchedApp> {
  const executablePath = electronBinary();
  if (executablePath === undefined) throw new Error(electronUnavailable());
  const file = join(mkdtempSync(join(tmpdir(), 'eidw-electron-')), 'config.json');
  writeFileSync(file, JSON.stringify(config));
  const app = await _electron.launch({
    executablePath,
    args: [ROOT, '--config', file, '--no-sandbox'],
    cwd: ROOT,
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
  });
  const wizard = await app.firstWindow();
  return { app, wizard, close: () => app.close() };
}
