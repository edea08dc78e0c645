/** What {@link denyAllPermissions} uses of a `Session`. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  setDisplayMediaRequestHandler(
    handler: (request: unknown, callback: (streams: object) => void) => void,
  ): void;
}

/**
 * Security checklist item 5: Electron grants every permission by default; the wizard needs
 * none (no camera, microphone, notifications, geolocation, USB/HID/serial, WebAuthn smart-card
 * access, clipboard reading…), so every request, check and device request is refused, and
 * screen capture gets no source.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}
