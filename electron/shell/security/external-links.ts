/**
 * Which links may leave the app for the person's browser (security checklist item 15, "do not
 * use openExternal with untrusted content"): only an `https:` link to the configured help
 * page's exact origin, and never in kiosk mode, where a browser would escape the lock-down.
 * Everything else is refused; the page cannot name an arbitrary URL or scheme.
 */
export function externalLinkAllowed(url: string, options: { helpUrl?: string; kiosk: boolean }): boolean {
  if (options.kiosk || options.helpUrl === undefined) return false;
  try {
    const link = new URL(url);
    const help = new URL(options.helpUrl);
    return (
      link.protocol === 'https:' &&
      help.protocol === 'https:' &&
      link.origin === help.origin &&
      link.username === '' &&
      link.password === ''
    );
  } catch {
    return false;
  }
}
