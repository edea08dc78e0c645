import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin.ts';
import { APP_RESPONSE_HEADERS } from './content-security-policy.ts';

/**
 * How the app scheme is registered (`protocol.registerSchemesAsPrivileged`, before `ready`):
 * `standard` so that relative URLs and the origin work like https, `secure` so the page is a
 * secure context; no CORS, fetch, service workers or CSP bypass (security checklist item 18).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: false,
  corsEnabled: false,
  allowServiceWorkers: false,
  bypassCSP: false,
  stream: false,
  codeCache: false,
} as const;

/** The scheme with its privileges, as `registerSchemesAsPrivileged` takes it. */
export const APP_SCHEME_REGISTRATION = { scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The file under `root` that an app URL names, or undefined: only `eid-wizard://app/…`, GET,
 * a path that stays inside `root` after decoding and normalising (no `..` escape, no backslash
 * or NUL, plain or percent-encoded), and a known file type. `/` is `index.html`.
 */
export function appFilePath(root: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\\') || path.includes('\0')) return undefined;
  if (path === '/' || path === '') path = '/index.html';
  const base = resolve(root);
  const file = resolve(base, `.${path}`);
  if (!file.startsWith(base + sep)) return undefined;
  return CONTENT_TYPES[extname(file)] === undefined ? undefined : file;
}

/**
 * The app scheme's handler (`protocol.handle`): the built pages under `root` with the app's
 * security headers; 404 for anything else, 405 for anything but GET. Reads through
 * `readFile` (node:fs, which Electron lets read inside the asar archive).
 */
export function createAppFileHandler(
  root: string,
  readFile: (path: string) => Promise<Uint8Array>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405, headers: APP_RESPONSE_HEADERS });
    const file = appFilePath(root, request.url);
    if (file === undefined) return new Response(null, { status: 404, headers: APP_RESPONSE_HEADERS });
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return new Response(null, { status: 404, headers: APP_RESPONSE_HEADERS });
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    return new Response(body, { status: 200, headers: { ...APP_RESPONSE_HEADERS, 'content-type': type } });
  };
}
