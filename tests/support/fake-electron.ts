import { EventEmitter } from 'node:events';
import type { ShellElectron } from '../../electron/shell/start-shell.ts';

/**
 * A fake of the parts of the `electron` module the shell uses (electron/shell/start-shell.ts
 * `ShellElectron`), recording what the shell does with it, so that the security checklist is
 * checked in plain Node where no Electron binary can be installed (issue 7 point 2). Events are
 * Node EventEmitters; tests emit what Electron would.
 */
export interface FakeElectron {
  readonly electron: ShellElectron;
  readonly app: FakeApp;
  readonly windows: FakeWindow[];
  readonly ipcMain: EventEmitter;
  readonly session: FakeSession;
  readonly calls: {
    privileged: unknown[];
    menus: unknown[];
    errorBoxes: { title: string; body: string }[];
    forks: string[];
    opened: string[];
  };
}

export class FakeApp extends EventEmitter {
  isPackaged = false;
  exitCode: number | undefined;
  quitCalled = false;
  relaunched = false;
  lock = true;
  switches = new Set<string>();
  readonly commandLine = { hasSwitch: (name: string) => this.switches.has(name) };
  readonly appPath: string;
  constructor(appPath: string) {
    super();
    this.appPath = appPath;
  }
  getAppPath = (): string => this.appPath;
  getLocale = (): string => 'fr-BE';
  getVersion = (): string => '0.1.0';
  whenReady = (): Promise<void> => Promise.resolve();
  requestSingleInstanceLock = (): boolean => this.lock;
  quit = (): void => void (this.quitCalled = true);
  exit = (code = 0): void => void (this.exitCode ??= code);
  relaunch = (): void => void (this.relaunched = true);
}

export class FakeContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly mainFrame = { url: '', parent: null as unknown };
  destroyed = false;
  reloads = 0;
  devToolsClosed = 0;
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  isDestroyed = (): boolean => this.destroyed;
  send = (channel: string, ...args: unknown[]): void => {
    this.sent.push({ channel, args });
    this.emit('ipc-sent', channel, ...args);
  };
  reload = (): void => void this.reloads++;
  closeDevTools = (): void => void this.devToolsClosed++;
  setWindowOpenHandler = (handler: (details: { url: string }) => { action: string }): void =>
    void (this.openHandler = handler);
}

export class FakeWindow extends EventEmitter {
  readonly webContents = new FakeContents();
  shown = false;
  loaded: string | undefined;
  readonly options: Record<string, unknown>;
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
  }
  show = (): void => void (this.shown = true);
  focus = (): void => {};
  isDestroyed = (): boolean => false;
  loadURL = (url: string): Promise<void> => {
    this.loaded = url;
    this.webContents.mainFrame.url = url;
    this.webContents.emit('did-start-navigation', {}, url, false, true);
    return Promise.resolve();
  };
}

export class FakeSession {
  requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
  checkHandler: (() => boolean) | undefined;
  deviceHandler: (() => boolean) | undefined;
  displayHandler: ((r: unknown, cb: (s: object) => void) => void) | undefined;
  beforeRequest: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
  readonly handlers = new Map<string, (request: Request) => Promise<Response>>();
  storageCleared = 0;
  setPermissionRequestHandler = (h: FakeSession['requestHandler']): void => void (this.requestHandler = h);
  setPermissionCheckHandler = (h: FakeSession['checkHandler']): void => void (this.checkHandler = h);
  setDevicePermissionHandler = (h: FakeSession['deviceHandler']): void => void (this.deviceHandler = h);
  setDisplayMediaRequestHandler = (h: FakeSession['displayHandler']): void => void (this.displayHandler = h);
  readonly webRequest = {
    onBeforeRequest: (l: FakeSession['beforeRequest']): void => void (this.beforeRequest = l),
  };
  readonly protocol = {
    handle: (scheme: string, handler: (request: Request) => Promise<Response>): void =>
      void this.handlers.set(scheme, handler),
  };
  clearStorageData = async (): Promise<void> => void this.storageCleared++;
}

/** A fake `electron` for an app whose folder is `appPath`, with `displays` display ids (first is primary). */
export function createFakeElectron(appPath: string, displays: number[] = [1]): FakeElectron {
  const app = new FakeApp(appPath);
  const windows: FakeWindow[] = [];
  const ipcMain = new EventEmitter();
  const session = new FakeSession();
  const calls: FakeElectron['calls'] = { privileged: [], menus: [], errorBoxes: [], forks: [], opened: [] };
  const all = displays.map((id, i) => ({ id, workArea: { x: i * 1920, y: 0, width: 1920, height: 1080 } }));
  const electron = {
    app,
    BrowserWindow: class extends FakeWindow {
      constructor(options: Record<string, unknown>) {
        super(options);
        windows.push(this);
        app.emit('web-contents-created', {}, this.webContents);
      }
    },
    dialog: { showErrorBox: (title: string, body: string) => void calls.errorBoxes.push({ title, body }) },
    ipcMain,
    Menu: {
      setApplicationMenu: (menu: unknown) => void calls.menus.push(menu),
      buildFromTemplate: (template: unknown) => ({ template }),
    },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown) => void calls.privileged.push(schemes) },
    screen: { getAllDisplays: () => all, getPrimaryDisplay: () => all[0] },
    session: { defaultSession: session },
    shell: { openExternal: async (url: string) => void calls.opened.push(url) },
    utilityProcess: {
      fork: (path: string) => {
        calls.forks.push(path);
        const child = new EventEmitter();
        return Object.assign(child, { postMessage: () => {}, kill: () => child.emit('exit', 0) });
      },
    },
  } as unknown as ShellElectron;
  return { electron, app, windows, ipcMain, session, calls };
}
