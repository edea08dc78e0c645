/**
 * The Content-Security-Policy header on every file the app protocol serves (security
 * checklist item 7). Stricter than the `<meta>` policy in `renderer/index.html`, which must
 * also allow the loopback WebSocket of the test host: in the app the page talks to main over
 * IPC only, so `connect-src 'none'`. A page under both policies gets their intersection.
 * Styles: emotion's rules go into constructable style sheets (renderer/src/theme/
 * adopted-style-sheet.ts), which `style-src 'self'` does not block.
 */
export const APP_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "object-src 'none'",
].join('; ');

/** Headers on every answer of the app protocol. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': APP_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cache-control': 'no-store',
};
