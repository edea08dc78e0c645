import { hardenedWebPreferences, type HardenedWebPreferences } from '../security/web-preferences.ts';
import type { DisplayLike } from './choose-displays.ts';

/** How the app runs (config `mode`). */
export type ShellMode = 'personal' | 'kiosk' | 'assisted';

/** The `BrowserWindow` options the shell uses. */
export interface WindowOptions {
  readonly title: string;
  readonly show: false;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly backgroundColor: string;
  readonly autoHideMenuBar: boolean;
  readonly kiosk: boolean;
  readonly fullscreen: boolean;
  readonly fullscreenable: boolean;
  readonly closable: boolean;
  readonly minimizable: boolean;
  readonly webPreferences: HardenedWebPreferences;
}

function centred(
  display: DisplayLike,
  width: number,
  height: number,
): Pick<WindowOptions, 'x' | 'y' | 'width' | 'height'> {
  const area = display.workArea;
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: area.x + Math.round((area.width - w) / 2),
    y: area.y + Math.round((area.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * The citizen's wizard window. Kiosk: full screen on its display, Electron's kiosk flag (which
 * on Windows and Linux is only full screen: the OS lock-down is docs/kiosk-deployment.md),
 * not closable or minimisable by the person. Personal and assisted: a normal window. Shown
 * once the page is ready (`show: false`), on a white background so there is no flash.
 */
export function wizardWindowOptions(
  mode: ShellMode,
  display: DisplayLike,
  paths: { preload: string },
  options: { production: boolean; title: string },
): WindowOptions {
  const kiosk = mode === 'kiosk';
  return {
    title: options.title,
    show: false,
    ...(kiosk ? { ...display.workArea } : centred(display, 1024, 800)),
    minWidth: 360,
    minHeight: 480,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    kiosk,
    fullscreen: kiosk,
    fullscreenable: true,
    closable: !kiosk,
    minimizable: !kiosk,
    webPreferences: hardenedWebPreferences(paths.preload, options),
  };
}

/** The operator's window in assisted mode: a normal, smaller window on its own display. */
export function operatorWindowOptions(
  display: DisplayLike,
  paths: { preload: string },
  options: { production: boolean; title: string },
): WindowOptions {
  return {
    title: options.title,
    show: false,
    ...centred(display, 560, 720),
    minWidth: 360,
    minHeight: 480,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    kiosk: false,
    fullscreen: false,
    fullscreenable: false,
    closable: true,
    minimizable: true,
    webPreferences: hardenedWebPreferences(paths.preload, options),
  };
}
