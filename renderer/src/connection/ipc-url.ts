/**
 * Where the loopback test host's wizard contract is (docs/ipc.md "Loopback host"): the page is
 * opened as `http://127.0.0.1:<port>/…#ipc=<token>`, and the contract is served at
 * `ws://<same host>/ipc/<token>`. Pure, so it is unit-tested without a DOM.
 */

/** A token as the host makes them: 32 random bytes in base64url (43 characters). */
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/** The token of a `#ipc=<token>` fragment (other `&key=value` parts are ignored), or undefined. */
export function tokenFromHash(hash: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of fragment.split('&')) {
    const [key, value] = part.split('=', 2);
    if (key === 'ipc' && value !== undefined && TOKEN.test(value)) return value;
  }
  return undefined;
}

/** `ws://<host>/ipc/<token>` for the page's own `host` (`127.0.0.1:port`). */
export function ipcUrl(host: string, token: string): string {
  return `ws://${host}/ipc/${encodeURIComponent(token)}`;
}
