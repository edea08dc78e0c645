import type { Transport } from '../../../common/ipc/transport.ts';
import { connectWebSocketTransport } from '../../ipc/index.ts';
import { preloadTransport } from './bridge.ts';
import { ipcUrl, tokenFromHash } from './ipc-url.ts';

/** The page was opened without a way to reach main (no preload bridge, no `#ipc=` token). */
export class NoConnectionError extends Error {
  constructor() {
    super('No connection to eID Wizard.');
    this.name = 'NoConnectionError';
  }
}

/**
 * The wizard contract's transport: the Electron preload's when there is one, else the
 * loopback WebSocket named by `#ipc=<token>`. The token is removed from the address bar at
 * once (`history.replaceState`) so it is not left in history or shown on screen; it is kept
 * nowhere else, so a reload cannot reconnect (the connection-lost screen says so).
 */
export async function openTransport(): Promise<Transport> {
  const bridged = preloadTransport();
  if (bridged !== undefined) return bridged;
  const token = tokenFromHash(location.hash);
  if (location.hash !== '') history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  if (token === undefined) throw new NoConnectionError();
  return connectWebSocketTransport(ipcUrl(location.host, token));
}
