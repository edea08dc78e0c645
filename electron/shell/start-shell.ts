import type * as Electron from 'electron';
import { languageOfLocale } from '../../common/i18n/languages.ts';
import { createRemoteBinding } from '../../native/pcsc/remote/remote-binding.ts';
import { isConfigError, loadAppConfig, startLanguage, type LoadedAppConfig } from '../app/config/index.ts';
import { createDesktopServices, type DesktopServices } from '../app/desktop/desktop-services.ts';
import { createTranslator } from '../app/i18n/translator.ts';
import { applicationMenuTemplate } from './application-menu.ts';
import { appPaths } from './app-paths.ts';
import { recoverFromCrashes } from './crash-recovery.ts';
import { hardenApp } from './harden-app.ts';
import { hardenSession } from './harden-session.ts';
import { openWindows } from './open-windows.ts';
import { launchUtilityHost } from './utility-host.ts';

/** The parts of the `electron` module the shell uses (tests pass a fake: tests/support/fake-electron.ts). */
export type ShellElectron = Pick<
  typeof Electron,
  | 'app'
  | 'BrowserWindow'
  | 'dialog'
  | 'ipcMain'
  | 'Menu'
  | 'protocol'
  | 'screen'
  | 'session'
  | 'shell'
  | 'utilityProcess'
>;

/** Options of {@link startShell}: tests change them, the app uses the defaults. */
export interface StartShellOptions {
  /** Default `process.argv` (`--config <file>`). */
  readonly argv?: readonly string[];
  /** Install the handlers that relaunch after an uncaught exception (default true). */
  readonly crashRecovery?: boolean;
}

const log = (line: string): void => void process.stderr.write(`eID Wizard: ${line}\n`);

/**
 * The desktop app (issue 7), from the configuration to the windows. Every decision lives in a
 * small module with its own unit test; this function only puts them in order:
 * 1. the configuration (a bad file: an error box in the computer's language, and no start);
 * 2. before `ready`: single instance, no debugging switches, the app scheme, guards on every
 *    web contents (harden-app.ts);
 * 3. after `ready`: no menu (or macOS's minimal one), the session hardened (permissions,
 *    network, the app scheme's files and headers), PC/SC in a utility process, the flow;
 * 4. the windows for the mode: personal, kiosk, assisted (open-windows.ts).
 */
export async function startShell(electron: ShellElectron, options: StartShellOptions = {}): Promise<void> {
  const { app } = electron;
  const production = app.isPackaged;
  const paths = appPaths(app.getAppPath(), process.resourcesPath ?? app.getAppPath(), app.isPackaged);
  let loaded: LoadedAppConfig;
  try {
    loaded = loadAppConfig({ argv: options.argv ?? process.argv });
  } catch (error) {
    await app.whenReady();
    await showStartupError(electron, paths.locales, error);
    app.exit(2);
    return;
  }
  const { config } = loaded;
  const kiosk = config.mode === 'kiosk';
  const guard = {
    production,
    kiosk,
    ...(config.helpUrl === undefined ? {} : { helpUrl: config.helpUrl }),
    openExternal: (url: string) => void electron.shell.openExternal(url),
  };
  if (!hardenApp(electron, guard)) return;
  if (options.crashRecovery ?? true) recoverFromCrashes(app, config.mode !== 'personal', log);
  await app.whenReady();
  const template = applicationMenuTemplate(process.platform, kiosk);
  electron.Menu.setApplicationMenu(template === null ? null : electron.Menu.buildFromTemplate(template));
  hardenSession(electron.session.defaultSession, paths.pages);
  const language = startLanguage(config, app.getLocale());
  let services: DesktopServices;
  try {
    services = await createDesktopServices({
      config: { ...config, defaultLanguage: language },
      binding: createRemoteBinding(() => launchUtilityHost(electron.utilityProcess, paths.pcscHost)),
      trustDirectory: paths.trust,
      appVersion: `eid-wizard/${app.getVersion()} (desktop)`,
    });
  } catch (error) {
    await showStartupError(electron, paths.locales, error);
    app.exit(2);
    return;
  }
  const t = await createTranslator(language, 'shell', undefined, paths.locales);
  let quitting = false;
  app.on('before-quit', () => (quitting = true));
  const windows = openWindows(electron, {
    config,
    language,
    services,
    paths,
    production,
    titles: { wizard: t('window.wizard'), operator: t('window.operator') },
    quitting: () => quitting,
    log,
  });
  app.on('second-instance', () => windows.wizard.focus());
  app.on('window-all-closed', () => app.quit());
  app.once('will-quit', (event) => {
    event.preventDefault();
    windows.close();
    void services.close().finally(() => app.exit(0));
  });
}

/** The error box when the app cannot start, in the computer's language. */
async function showStartupError(electron: ShellElectron, locales: string, error: unknown): Promise<void> {
  const language = languageOfLocale(electron.app.getLocale()) ?? 'en';
  const t = await createTranslator(language, 'shell', undefined, locales);
  if (isConfigError(error)) {
    log(error.message);
    const problems = error.problems.map((problem) => problem.pointer || '/').join('\n');
    electron.dialog.showErrorBox(
      t('startup.configTitle'),
      t('startup.configBody', { path: error.path ?? '', code: error.code, problems }),
    );
    return;
  }
  const reference = error instanceof Error ? error.name : typeof error;
  log(`start-up failed: ${reference}`);
  electron.dialog.showErrorBox(t('startup.failedTitle'), t('startup.failedBody', { reference }));
}
