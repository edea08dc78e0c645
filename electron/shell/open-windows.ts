import type { IpcDiagnostic } from '../../common/ipc/diagnostics.ts';
import type { Language } from '../../common/i18n/languages.ts';
import { OperatorDesk, type DeskFlow } from '../app/assisted/operator-desk.ts';
import { serveOperator } from '../app/assisted/serve-operator.ts';
import { doneResetMs, type AppConfig } from '../app/config/index.ts';
import type { DesktopServices } from '../app/desktop/desktop-services.ts';
import { serveWizard } from '../app/flow/serve-wizard.ts';
import { KioskSession } from '../app/kiosk/kiosk-session.ts';
import type { AppPaths } from './app-paths.ts';
import { APP_PAGES } from './security/app-origin.ts';
import type { ShellElectron } from './start-shell.ts';
import { chooseDisplays } from './windows/choose-displays.ts';
import { openAppWindow } from './windows/open-app-window.ts';
import { operatorWindowOptions, wizardWindowOptions } from './windows/window-options.ts';

/** What {@link openWindows} needs. */
export interface OpenWindowsOptions {
  readonly config: AppConfig;
  readonly language: Language;
  readonly services: DesktopServices;
  readonly paths: AppPaths;
  readonly production: boolean;
  readonly titles: { readonly wizard: string; readonly operator: string };
  readonly quitting: () => boolean;
  readonly log: (line: string) => void;
}

/** The app's windows. */
export interface AppWindows {
  readonly wizard: Electron.BrowserWindow;
  readonly operator: Electron.BrowserWindow | undefined;
  close(): void;
}

/**
 * The windows of each mode (issue 7 points 4 and 5):
 * - personal: the wizard in a normal window;
 * - kiosk: the wizard full screen, and the shared-machine wipe (KioskSession);
 * - assisted: the wizard for the citizen and the operator's window (on the second display when
 *   there is one), with the same wipe; the operator's abort is a reset.
 * IPC diagnostics are logged by kind only (never a message's content).
 */
export function openWindows(electron: ShellElectron, options: OpenWindowsOptions): AppWindows {
  const { config, services, paths, production } = options;
  const { screen, ipcMain, session } = electron;
  const kiosk = config.mode === 'kiosk';
  const shared = config.mode !== 'personal';
  const report = (diagnostic: IpcDiagnostic): void => options.log(`ipc ${diagnostic.kind}`);
  const displays = chooseDisplays(
    screen.getAllDisplays(),
    screen.getPrimaryDisplay(),
    config.assisted.operatorDisplay,
  );
  const create = (windowOptions: Electron.BrowserWindowConstructorOptions): Electron.BrowserWindow =>
    new electron.BrowserWindow(windowOptions);
  let kioskSession: KioskSession | undefined;
  const common = { ipcMain, production, report, quitting: options.quitting };
  const wizard = openAppWindow(
    create,
    wizardWindowOptions(config.mode, displays.wizard, paths, { production, title: options.titles.wizard }),
    {
      ...common,
      kiosk,
      page: APP_PAGES.wizard,
      serve: (transport) => serveWizard(services.flow, transport),
      ...(shared
        ? { onRendererGone: () => kioskSession?.reset('renderer-gone').catch(() => electron.app.exit(70)) }
        : {}),
    },
  );
  if (shared) {
    kioskSession = new KioskSession({
      flow: services.flow,
      defaultLanguage: options.language,
      doneResetMs: doneResetMs(config),
      onCardRemoved: (listener) =>
        services.pcsc.onEvent((event) => {
          if (event.type === 'card-removed') listener();
        }),
      resetView: async () => {
        await session.defaultSession.clearStorageData();
        if (!wizard.isDestroyed()) wizard.webContents.reload();
      },
      onReset: (reason) => options.log(`session reset (${reason})`),
      onResetFailed: (error) => {
        options.log(
          `session reset failed (${error instanceof Error ? error.name : typeof error}); restarting`,
        );
        electron.app.relaunch();
        electron.app.exit(70);
      },
    });
  }
  let operator: Electron.BrowserWindow | undefined;
  let desk: OperatorDesk | undefined;
  if (config.mode === 'assisted') {
    const flow = services.flow;
    const deskFlow: DeskFlow = {
      get snapshot() {
        return flow.snapshot;
      },
      onSnapshot: (listener) => flow.onSnapshot(listener),
      start: () => flow.start(),
      cancel: () => kioskSession?.reset('operator') ?? flow.cancel(),
    };
    desk = new OperatorDesk(deskFlow);
    const current = desk;
    operator = openAppWindow(
      create,
      operatorWindowOptions(displays.operator, paths, { production, title: options.titles.operator }),
      {
        ...common,
        kiosk: false,
        page: APP_PAGES.operator,
        serve: (transport) => serveOperator(current, transport),
      },
    );
  }
  return {
    wizard,
    operator,
    close() {
      kioskSession?.close();
      desk?.dispose();
    },
  };
}
