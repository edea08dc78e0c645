/** What `before-input-event` reports of a key (Electron `Input`). */
export interface KeyInput {
  readonly type: string;
  readonly key: string;
  readonly control: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
}

const DEVTOOLS_KEYS = new Set(['i', 'j', 'c']);
/** Kiosk: close, quit, print, save, open, new window, find, view source. */
const KIOSK_COMMAND_KEYS = new Set(['w', 'q', 'p', 's', 'o', 'n', 't', 'f', 'u']);

/**
 * Whether a key press is swallowed before the page or Electron sees it (peers-and-users.md
 * §3b "swallow Ctrl+R/F5 locally"). Outside development: reload (which would drop the person's
 * progress on screen) and the developer tools' shortcuts. In kiosk mode also closing,
 * quitting, printing, saving, new windows and leaving full screen (F11). Zoom (Ctrl + / − / 0)
 * always works: people must be able to enlarge the text (WCAG 1.4.4).
 */
export function shortcutBlocked(input: KeyInput, options: { production: boolean; kiosk: boolean }): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const command = input.control || input.meta;
  const restricted = options.production || options.kiosk;
  if (restricted) {
    if (key === 'f5' || key === 'f12' || key === 'browserrefresh') return true;
    if (command && key === 'r') return true;
    if (command && (input.shift || input.alt) && DEVTOOLS_KEYS.has(key)) return true;
  }
  if (!options.kiosk) return false;
  if (key === 'f11' || (input.alt && key === 'f4')) return true;
  return command && KIOSK_COMMAND_KEYS.has(key);
}
