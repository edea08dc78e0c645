import { APP_ORIGIN, isAppUrl } from './app-origin.ts';

/** What {@link blockNetwork} uses of `session.webRequest`. */
export interface RequestFilter {
  onBeforeRequest(
    listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
  ): void;
}

/**
 * "No network" for the renderer (brief: the renderer is untrusted, no network; security
 * checklist item 1 "no remote content"): every request that is not for the app's own pages is
 * cancelled before it leaves, whatever the CSP says. Main talks to the registration service
 * itself, with Node's fetch, which this filter does not see.
 */
export function blockNetwork(filter: RequestFilter): void {
  filter.onBeforeRequest((details, callback) => callback({ cancel: !allowedRequest(details.url) }));
}

/**
 * App pages, the page's own `blob:` images (the card photo), and `devtools:` (only ever opened
 * in development: production windows have `devTools: false` and close them at once).
 */
export function allowedRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith(`blob:${APP_ORIGIN}/`) || url.startsWith('devtools://');
}
