import { createHash, timingSafeEqual } from 'node:crypto';

/** What the guard needs to know about the host. */
export interface UpgradeGuardOptions {
  /** The secret path segment (base64url). */
  readonly token: string;
  /** The port the host listens on (the `Host` header must name it). */
  readonly port: number;
  /** Exact origins accepted; when absent, loopback `http:` origins are. */
  readonly allowedOrigins?: readonly string[];
}

/** The parts of an upgrade request the guard looks at. */
export interface UpgradeRequest {
  readonly url?: string | undefined;
  readonly headers: { readonly host?: string | undefined; readonly origin?: string | undefined };
}

/** Why a request was refused, for the host's diagnostics (never sent to the client). */
export type UpgradeRefusal = 'path' | 'token' | 'host' | 'origin';

const PATH = /^\/ipc\/([A-Za-z0-9_-]{1,128})$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Checks a WebSocket upgrade before it happens: the path is `/ipc/<token>` with the right
 * token (compared in constant time, through SHA-256 so lengths do not leak either), the
 * `Host` header names the loopback address and port (against DNS rebinding), and the
 * `Origin`, if any, is allowed. Browsers always send `Origin` on WebSocket handshakes, so a
 * missing one means a local non-browser client, which still needs the token.
 * Returns `undefined` when the request may upgrade.
 */
export function refuseUpgrade(
  request: UpgradeRequest,
  options: UpgradeGuardOptions,
): UpgradeRefusal | undefined {
  const match = PATH.exec(request.url ?? '');
  if (match === null) return 'path';
  if (!sameSecret(match[1] as string, options.token)) return 'token';
  if (!loopbackHostHeader(request.headers.host, options.port)) return 'host';
  const origin = request.headers.origin;
  if (origin !== undefined && !originAllowed(origin, options.allowedOrigins)) return 'origin';
  return undefined;
}

/**
 * True if a request's `Host` header names the host itself: `127.0.0.1:<port>` or
 * `localhost:<port>`. Anything else (another name resolving to 127.0.0.1) is DNS rebinding.
 * Shared by the upgrade guard and the static files.
 */
export function loopbackHostHeader(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** True if `origin` is in `allowed`, or (no list) an `http:` origin on a loopback host. */
export function originAllowed(origin: string, allowed?: readonly string[]): boolean {
  if (allowed !== undefined) return allowed.includes(origin);
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && url.origin === origin && LOOPBACK_HOSTS.has(url.hostname);
}

function sameSecret(candidate: string, secret: string): boolean {
  const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(candidate), digest(secret));
}
