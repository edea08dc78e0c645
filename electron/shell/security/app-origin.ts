/**
 * The app's own origin (security checklist item 18, "avoid file://"): the wizard and the
 * operator page are served by a privileged custom scheme, so the sender check of every IPC
 * message and the navigation guard compare against one exact origin, and no page gets
 * `file://`'s access to the disk.
 */
export const APP_SCHEME = 'eid-wizard';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The pages the app serves, by window. */
export const APP_PAGES = {
  wizard: `${APP_ORIGIN}/index.html`,
  operator: `${APP_ORIGIN}/operator.html`,
} as const;

/**
 * Whether `url` is a page of the app: scheme and host exactly, no user info or port (anything
 * unparsable is not). Not `URL.origin`: WHATWG gives `"null"` for a scheme it does not know.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}
