import type { DiagnosticSink } from '../../../common/ipc/diagnostics.ts';
import type { Transport } from '../../../common/ipc/transport.ts';
import { createMainTransport, type ContentsLike, type IpcMainLike } from '../ipc/main-transport.ts';
import { serveEachPage, type PageContents } from '../ipc/serve-each-page.ts';
import type { PreventableEvent } from '../security/guard-web-contents.ts';
import { shortcutBlocked, type KeyInput } from './blocked-shortcuts.ts';
import type { WindowOptions } from './window-options.ts';

/** What the shell uses of a window's `WebContents`. */
export interface AppContents extends ContentsLike, PageContents {
  on(event: 'before-input-event', listener: (event: PreventableEvent, input: KeyInput) => void): unknown;
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
  on(
    event: 'did-start-navigation',
    listener: (event: unknown, url: string, isInPlace: boolean, isMainFrame: boolean) => void,
  ): unknown;
  on(event: 'destroyed', listener: () => void): unknown;
  reload(): void;
}

/** What the shell uses of a `BrowserWindow`. */
export interface AppWindow {
  readonly webContents: AppContents;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  show(): void;
  focus(): void;
  loadURL(url: string): Promise<void>;
}

/** Options of {@link openAppWindow}. */
export interface OpenWindowOptions {
  readonly ipcMain: IpcMainLike;
  readonly production: boolean;
  readonly kiosk: boolean;
  /** The page to show (an app URL). */
  readonly page: string;
  /** Serves a contract on each new page's transport; returns the stop function. */
  readonly serve: (transport: Transport) => () => void;
  readonly report: DiagnosticSink;
  /**
   * The renderer process died (crash, out of memory, killed). Default: reload the page (it
   * reconnects and shows the flow's current step). A kiosk resets instead (which reloads).
   */
  readonly onRendererGone?: (reason: string) => void | Promise<void>;
  /** Whether the app itself is quitting (a kiosk window closes only then). */
  readonly quitting: () => boolean;
}

/**
 * Creates a window with {@link WindowOptions} and makes it an app window: shortcuts filtered
 * (blocked-shortcuts.ts), shown when its page is ready, a kiosk window not closable by the
 * person, a crashed renderer reloaded (issue 7 point 4: automatic restart), and the page
 * served over its own Electron transport, renewed on each load (serve-each-page.ts).
 */
export function openAppWindow<W extends AppWindow>(
  create: (options: WindowOptions) => W,
  windowOptions: WindowOptions,
  options: OpenWindowOptions,
): W {
  const window = create(windowOptions);
  const contents = window.webContents;
  contents.on('before-input-event', (event, input) => {
    if (shortcutBlocked(input, options)) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (options.kiosk && !options.quitting()) event.preventDefault();
  });
  contents.on('render-process-gone', (_event, details) => {
    if (options.onRendererGone !== undefined) void options.onRendererGone(details.reason);
    else if (!contents.isDestroyed()) contents.reload();
  });
  serveEachPage(
    contents,
    () => createMainTransport(options.ipcMain, contents, options.report),
    options.serve,
  );
  void window.loadURL(options.page);
  return window;
}
