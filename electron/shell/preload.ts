import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from './ipc/ipc-channel.ts';

/**
 * The preload of every app window: the renderer's end of the Electron transport, and one of
 * the two files allowed to touch Electron IPC (style.md rule 2). It exposes exactly
 * `eidWizard.send` and `eidWizard.onMessage` on one channel (architecture.md "IPC"; security
 * checklist item 20: no Electron API reaches the page). Text frames only: anything else is
 * refused here before it leaves, and main validates the sender and every argument again.
 * Runs sandboxed: bundled into one CommonJS file whose only `require` is `electron`.
 */
const MAX_FRAME_CHARS = 1_048_576;

contextBridge.exposeInMainWorld('eidWizard', {
  send(text: unknown): void {
    if (typeof text !== 'string' || text.length > MAX_FRAME_CHARS) return;
    ipcRenderer.send(IPC_CHANNEL, text);
  },
  onMessage(listener: unknown): () => void {
    if (typeof listener !== 'function') return () => {};
    const forward = (_event: unknown, text: unknown): void => {
      if (typeof text === 'string') (listener as (text: string) => void)(text);
    };
    ipcRenderer.on(IPC_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(IPC_CHANNEL, forward);
  },
});
