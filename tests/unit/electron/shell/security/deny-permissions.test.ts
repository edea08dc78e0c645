import { describe, expect, it, vi } from 'vitest';
import {
  denyAllPermissions,
  type PermissionSession,
} from '../../../../../electron/shell/security/deny-permissions.ts';

type Handlers = {
  request?: Parameters<PermissionSession['setPermissionRequestHandler']>[0];
  check?: () => boolean;
  device?: () => boolean;
  displayMedia?: Parameters<PermissionSession['setDisplayMediaRequestHandler']>[0];
};

function hardened(): Handlers {
  const handlers: Handlers = {};
  denyAllPermissions({
    setPermissionRequestHandler: (handler) => void (handlers.request = handler),
    setPermissionCheckHandler: (handler) => void (handlers.check = handler),
    setDevicePermissionHandler: (handler) => void (handlers.device = handler),
    setDisplayMediaRequestHandler: (handler) => void (handlers.displayMedia = handler),
  });
  return handlers;
}

describe('denyAllPermissions', () => {
  it('installs all four handlers', () => {
    const handlers = hardened();
    expect(Object.keys(handlers).sort()).toEqual(['check', 'device', 'displayMedia', 'request']);
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'hid',
    'usb',
    'serial',
    'fullscreen',
    'openExternal',
  ])('refuses a %s permission request', (permission) => {
    const callback = vi.fn<(granted: boolean) => void>();
    hardened().request?.({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('answers every permission check and device request with false', () => {
    const handlers = hardened();
    expect(handlers.check?.()).toBe(false);
    expect(handlers.device?.()).toBe(false);
  });

  it('gives screen capture no source', () => {
    const callback = vi.fn<(streams: object) => void>();
    hardened().displayMedia?.({}, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({});
  });
});
