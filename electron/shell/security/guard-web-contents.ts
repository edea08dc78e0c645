import { externalLinkAllowed } from './external-links.ts';

/** A cancellable Electron event. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** What the guard uses of a `WebContents`. */
export interface GuardedContents {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: PreventableEvent) => void,
  ): unknown;
  on(event: 'devtools-opened', listener: () => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  closeDevTools(): void;
}

/** Options of {@link guardWebContents}. */
export interface GuardOptions {
  readonly production: boolean;
  readonly kiosk: boolean;
  readonly helpUrl?: string;
  /** `shell.openExternal`, for the one link that may open outside. */
  readonly openExternal: (url: string) => void;
}

/**
 * Applied to every web contents the app creates (`app.on('web-contents-created')`), so no
 * window escapes it. Security checklist items 11–15:
 * - no navigation at all: the pages are single-page apps, and a reload is not a navigation
 *   (`will-navigate`, `will-redirect`);
 * - no new windows: `window.open` and `target=_blank` are denied; the help link alone goes to
 *   the person's browser when {@link externalLinkAllowed} says so;
 * - no `<webview>`;
 * - in production, developer tools close as soon as something opens them.
 */
export function guardWebContents(contents: GuardedContents, options: GuardOptions): void {
  const refuse = (event: PreventableEvent): void => event.preventDefault();
  contents.on('will-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.on('will-attach-webview', refuse);
  contents.setWindowOpenHandler(({ url }) => {
    if (externalLinkAllowed(url, options)) options.openExternal(url);
    return { action: 'deny' };
  });
  if (options.production) contents.on('devtools-opened', () => contents.closeDevTools());
}
