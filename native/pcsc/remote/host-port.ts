import type { HostPort } from './serve-binding.ts';

/** Electron's `process.parentPort` in a utility process (electron/docs/api/parent-port.md). */
interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/**
 * The host's channel to main: Electron's `parentPort` when `utilityProcess.fork` started it,
 * else Node's IPC channel when `child_process.fork` did; undefined when neither (started by
 * hand). `onParentGone` is called when the Node parent disconnects (Electron ends its utility
 * processes with the app).
 */
export function connectToParent(onParentGone: () => void): HostPort | undefined {
  const parentPort = (process as { parentPort?: ElectronParentPort }).parentPort;
  if (parentPort) {
    return {
      post: (message) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
    };
  }
  const send = process.send?.bind(process);
  if (!send) return undefined;
  process.on('disconnect', onParentGone);
  return {
    post(message) {
      if (process.connected) send(message, undefined, undefined, () => {}); // parent gone: exiting
    },
    onMessage: (listener) => void process.on('message', listener),
  };
}
