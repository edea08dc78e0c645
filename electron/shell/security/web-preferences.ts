/**
 * The `webPreferences` of every window the app opens (Electron security checklist,
 * https://www.electronjs.org/docs/latest/tutorial/security, items 2–4, 6, 8–11; style.md rule
 * 3 "The renderer is untrusted"). Spelled out even where Electron 45's default is the same, so
 * a changed default or a careless edit shows up in the unit test.
 */
export interface HardenedWebPreferences {
  readonly preload: string;
  /** Item 3: the page's JavaScript and the preload live in separate worlds. */
  readonly contextIsolation: true;
  /** Item 4: the renderer process is sandboxed (the preload gets only a few Electron modules). */
  readonly sandbox: true;
  /** Item 2: no Node in the page, its workers or its frames. */
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  /** Item 6: same-origin policy stays on. */
  readonly webSecurity: true;
  /** Item 8. */
  readonly allowRunningInsecureContent: false;
  /** Item 9. */
  readonly experimentalFeatures: false;
  /** Item 11: no `<webview>` at all. */
  readonly webviewTag: false;
  /** Developer tools only in a development run (never in a packaged app). */
  readonly devTools: boolean;
  /** Dropping a file on the window must not navigate to it. */
  readonly navigateOnDragDrop: false;
  /** A page cannot flood the person with alert() dialogs. */
  readonly safeDialogs: true;
  /** The spell checker would send typed words (e-mail addresses) to a dictionary service. */
  readonly spellcheck: false;
  /** Item 10: `enableBlinkFeatures` is never set (absent on purpose). */
}

/** The hardened preferences for a window whose preload is `preload`. */
export function hardenedWebPreferences(
  preload: string,
  options: { production: boolean },
): HardenedWebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    devTools: !options.production,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}
