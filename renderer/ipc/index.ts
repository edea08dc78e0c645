/**
 * The renderer end of the IPC transports. The contract machinery itself is in `common/ipc/`;
 * this folder holds what needs the DOM.
 */
export {
  connectWebSocketTransport,
  createWebSocketTransport,
  type WebSocketTransportOptions,
} from './websocket-transport.ts';
export {
  createPreloadBridgeTransport,
  findPreloadBridge,
  type PreloadBridge,
} from './preload-bridge-transport.ts';
