/**
 * The demo's decisions (`npm run demo`), kept pure so that they are tested without a display,
 * pcscd or Electron: where the virtual card lives, how the wizard is opened, whether the
 * renderer must be built first.
 */

/** Where the virtual card lives, and why (printed). */
export interface CardSourceChoice {
  readonly kind: 'pcscd' | 'in-process';
  readonly reason: string;
}

/** What the machine offers for the card. */
export interface CardProbe {
  /** `--in-process` was given. */
  readonly forceInProcess: boolean;
  readonly platform: NodeJS.Platform;
  /** pcscd answers on its socket. */
  readonly pcscdRunning: boolean;
  /** `/etc/reader.conf.d/vpcd` exists (vsmartcard-vpcd). */
  readonly vpcdInstalled: boolean;
}

/** Through pcscd with vpcd when both are there (the real PC/SC path); in process otherwise. */
export function chooseCardSource(probe: CardProbe): CardSourceChoice {
  if (probe.forceInProcess) return { kind: 'in-process', reason: '--in-process was given' };
  if (probe.platform !== 'linux')
    return { kind: 'in-process', reason: 'the vpcd virtual readers are set up on Linux only' };
  if (!probe.vpcdInstalled)
    return { kind: 'in-process', reason: 'vsmartcard-vpcd is not installed (bash scripts/setup.sh)' };
  if (!probe.pcscdRunning)
    return { kind: 'in-process', reason: 'pcscd is not running (bash scripts/pcscd-ensure.sh starts it)' };
  return { kind: 'pcscd', reason: 'pcscd is running with vsmartcard-vpcd' };
}

/** How the wizard is shown. */
export type Opener =
  | { readonly kind: 'chromium' | 'system'; readonly command: string; readonly args: string[] }
  | { readonly kind: 'print'; readonly reason: string };

/** What the machine offers for showing the wizard. */
export interface OpenerProbe {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `--no-open` was given. */
  readonly noOpen: boolean;
  /** A Chromium or Chrome executable on the PATH, if any. */
  readonly chromium: string | undefined;
  /** A fresh profile folder for Chromium's `--app` window. */
  readonly profileDirectory: string;
}

/** True where a window can be shown: always on macOS and Windows, with X11 or Wayland elsewhere. */
export function hasDisplay(platform: NodeJS.Platform, env: OpenerProbe['env']): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * With a display, Chromium as an app window, else the system's opener (`xdg-open`, `open`, `start`); headless (or `--no-open`):
 * print the URL only. Never Electron: the desktop app runs its own flow and PC/SC (`npm run
 * app`), while this demo serves the flow of its own process to a browser.
 */
export function chooseOpener(probe: OpenerProbe, pageUrl: string): Opener {
  if (probe.noOpen) return { kind: 'print', reason: '--no-open was given' };
  if (!hasDisplay(probe.platform, probe.env))
    return { kind: 'print', reason: 'no display (DISPLAY / WAYLAND_DISPLAY unset): open the URL yourself' };
  if (probe.chromium !== undefined)
    return {
      kind: 'chromium',
      command: probe.chromium,
      args: [`--app=${pageUrl}`, `--user-data-dir=${probe.profileDirectory}`, '--no-first-run'],
    };
  if (probe.platform === 'darwin') return { kind: 'system', command: 'open', args: [pageUrl] };
  if (probe.platform === 'win32')
    return { kind: 'system', command: 'cmd', args: ['/c', 'start', '""', pageUrl] };
  return { kind: 'system', command: 'xdg-open', args: [pageUrl] };
}

/** The wizard is built again when its page is missing or older than the newest source. */
export function needsBuild(pageMtimeMs: number | undefined, newestSourceMtimeMs: number): boolean {
  return pageMtimeMs === undefined || pageMtimeMs < newestSourceMtimeMs;
}
