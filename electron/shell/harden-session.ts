import { readFile } from 'node:fs/promises';
import { APP_SCHEME } from './security/app-origin.ts';
import { createAppFileHandler } from './security/app-protocol.ts';
import { blockNetwork, type RequestFilter } from './security/block-network.ts';
import { denyAllPermissions, type PermissionSession } from './security/deny-permissions.ts';

/** What {@link hardenSession} uses of the default `Session`. */
export interface HardenableSession extends PermissionSession {
  readonly webRequest: RequestFilter;
  readonly protocol: { handle(scheme: string, handler: (request: Request) => Promise<Response>): void };
}

/**
 * After `ready`, on the session every window uses: all permissions refused, every request
 * that is not the app's own page cancelled, and the app scheme served from `pagesRoot` with
 * the CSP and the other security headers (app-protocol.ts).
 */
export function hardenSession(session: HardenableSession, pagesRoot: string): void {
  denyAllPermissions(session);
  blockNetwork(session.webRequest);
  session.protocol.handle(
    APP_SCHEME,
    createAppFileHandler(pagesRoot, async (path) => new Uint8Array(await readFile(path))),
  );
}
