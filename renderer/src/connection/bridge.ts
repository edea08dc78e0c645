import type { Transport } from '../../../common/ipc/transport.ts';
import { createPreloadBridgeTransport, findPreloadBridge } from '../../ipc/index.ts';

/**
 * The contract's transport over the Electron preload's bridge (`globalThis.eidWizard`, see
 * renderer/ipc/preload-bridge-transport.ts), when the page runs in the Electron shell; absent
 * in a plain browser, where the loopback WebSocket host is used instead.
 */
export function preloadTransport(): Transport | undefined {
  const bridge = findPreloadBridge();
  return bridge === undefined ? undefined : createPreloadBridgeTransport(bridge);
}
