/**
 * The Content-Security-Policy of the wizard's page when the loopback host serves it: its own
 * scripts, styles, images (and `blob:` images, the photo), fonts, and the WebSocket back to the
 * host; no inline code, no plug-ins, no frames, no forms, no `<base>`. Exported so that tests
 * and the Electron shell use the same wording.
 */
export function wizardContentSecurityPolicy(port: number): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' blob:",
    "font-src 'self'",
    `connect-src 'self' ws://127.0.0.1:${port}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The headers on every HTTP answer of the loopback host (files, 404, 405, 403). */
export function pageHeaders(port: number): Record<string, string> {
  return {
    'content-security-policy': wizardContentSecurityPolicy(port),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/** Content types by file extension; anything else is `application/octet-stream` (with nosniff). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
