/** A menu template item (the subset of Electron's `MenuItemConstructorOptions` used here). */
export interface MenuItemTemplate {
  readonly role?: 'appMenu' | 'editMenu';
}

/**
 * The application menu, or null for none. Electron's default menu has Reload, Toggle
 * Developer Tools and Force Reload, which an installed app and a kiosk must not offer. macOS
 * outside kiosk mode keeps the app menu (Quit) and the Edit menu, without which Cmd+C/Cmd+V
 * do not work in the fields; every other case has no menu at all.
 */
export function applicationMenuTemplate(
  platform: NodeJS.Platform,
  kiosk: boolean,
): MenuItemTemplate[] | null {
  if (kiosk || platform !== 'darwin') return null;
  return [{ role: 'appMenu' }, { role: 'editMenu' }];
}
