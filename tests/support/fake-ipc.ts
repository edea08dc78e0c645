import type { ContentsLike, IpcMainLike } from '../../electron/shell/ipc/main-transport.ts';
import { IPC_CHANNEL } from '../../electron/shell/ipc/ipc-channel.ts';
import type { SenderEvent } from '../../electron/shell/ipc/trusted-sender.ts';
import { APP_PAGES } from '../../electron/shell/security/app-origin.ts';
import type { PreloadBridge } from '../../renderer/ipc/preload-bridge-transport.ts';

/** Any listener a fake records (`never[]` so that every typed Electron listener fits). */
type AnyListener = (...args: never[]) => unknown;
type IpcListener = (event: SenderEvent, ...args: unknown[]) => void;

/** A stand-in for `ipcMain`: records listeners by channel and lets the test emit. */
export interface FakeIpcMain extends IpcMainLike {
  listenersOf(channel: string): readonly IpcListener[];
  /** Delivers a message to every listener of `channel`, as Electron would. */
  deliver(channel: string, event: SenderEvent, ...args: unknown[]): void;
}

export function createFakeIpcMain(): FakeIpcMain {
  const channels = new Map<string, IpcListener[]>();
  return {
    on(channel, listener) {
      channels.set(channel, [...(channels.get(channel) ?? []), listener]);
    },
    removeListener(channel, listener) {
      channels.set(
        channel,
        (channels.get(channel) ?? []).filter((other) => other !== listener),
      );
    },
    listenersOf: (channel) => channels.get(channel) ?? [],
    deliver(channel, event, ...args) {
      for (const listener of [...(channels.get(channel) ?? [])]) listener(event, ...args);
    },
  };
}

/** A frame as `event.senderFrame` gives it. */
export interface FakeFrame {
  url: string;
  parent: unknown;
}

export function fakeFrame(url: string = APP_PAGES.wizard, parent: unknown = null): FakeFrame {
  return { url, parent };
}

/** A stand-in for a window's `WebContents`: records listeners and what main sends. */
export interface FakeContents extends ContentsLike {
  readonly mainFrame: FakeFrame;
  /** Every `send(channel, ...args)`, in order. */
  readonly sent: unknown[][];
  destroyed: boolean;
  reloads: number;
  on(event: string, listener: AnyListener): unknown;
  reload(): void;
  /** Calls every listener of `event` with `args`. */
  fire(event: string, ...args: unknown[]): void;
  listenerCount(event: string): number;
  /** Hears every `send` (the renderer's side of the channel). */
  onSend(listener: (channel: string, args: unknown[]) => void): () => void;
}

export function createFakeContents(url: string = APP_PAGES.wizard): FakeContents {
  const listeners = new Map<string, AnyListener[]>();
  const sendListeners = new Set<(channel: string, args: unknown[]) => void>();
  const contents: FakeContents = {
    mainFrame: fakeFrame(url),
    sent: [],
    destroyed: false,
    reloads: 0,
    isDestroyed: () => contents.destroyed,
    send(channel, ...args) {
      contents.sent.push([channel, ...args]);
      for (const listener of [...sendListeners]) listener(channel, args);
    },
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    reload() {
      contents.reloads += 1;
    },
    fire(event, ...args) {
      for (const listener of [...(listeners.get(event) ?? [])])
        (listener as (...a: unknown[]) => unknown)(...args);
    },
    listenerCount: (event) => listeners.get(event)?.length ?? 0,
    onSend(listener) {
      sendListeners.add(listener);
      return () => void sendListeners.delete(listener);
    },
  };
  return contents;
}

/** The event Electron gives for a message from `contents`'s main frame. */
export function mainFrameEvent(contents: FakeContents): SenderEvent {
  return { sender: contents, senderFrame: contents.mainFrame };
}

/**
 * What the preload would expose in `contents`'s page: frames go to `ipc` as messages from the
 * main frame, and what main sends on the channel comes back. Both directions are delivered in
 * a later microtask, like real IPC.
 */
export function fakePreloadBridge(ipc: FakeIpcMain, contents: FakeContents): PreloadBridge {
  return {
    send(text) {
      queueMicrotask(() => ipc.deliver(IPC_CHANNEL, mainFrameEvent(contents), text));
    },
    onMessage(listener) {
      return contents.onSend((channel, args) => {
        const [text] = args;
        if (channel === IPC_CHANNEL && typeof text === 'string') queueMicrotask(() => listener(text));
      });
    },
  };
}
