import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from '../../../../electron/shell/application-menu.ts';

describe('applicationMenuTemplate', () => {
  it.each(['win32', 'linux', 'freebsd'] as const)('has no menu on %s', (platform) => {
    expect(applicationMenuTemplate(platform, false)).toBeNull();
    expect(applicationMenuTemplate(platform, true)).toBeNull();
  });

  it('keeps only the app and Edit menus on macOS (Quit, copy and paste)', () => {
    expect(applicationMenuTemplate('darwin', false)).toEqual([{ role: 'appMenu' }, { role: 'editMenu' }]);
  });

  it('has no menu in a macOS kiosk', () => {
    expect(applicationMenuTemplate('darwin', true)).toBeNull();
  });

  it('never offers reload or developer tools', () => {
    const roles = (applicationMenuTemplate('darwin', false) ?? []).map((item) => item.role);
    expect(roles).not.toContain('viewMenu');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('toggleDevTools');
  });
});
