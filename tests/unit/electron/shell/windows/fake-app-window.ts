import { vi } from 'vitest';
import type { PreventableEvent } from '../../../../../electron/shell/security/guard-web-contents.ts';
import type { KeyInput } from '../../../../../electron/shell/windows/blocked-shortcuts.ts';
import type { AppWindow } from '../../../../../electron/shell/windows/open-app-window.ts';
import { createFakeContents, type FakeContents } from '../../../../support/fake-ipc.ts';

/** A stand-in for a `BrowserWindow`: records listeners, shows and loads. */
export interface FakeAppWindow extends AppWindow {
  readonly webContents: FakeContents;
  shown: number;
  readonly loaded: string[];
  once(event: string, listener: (...args: never[]) => unknown): unknown;
  on(event: string, listener: (...args: never[]) => unknown): unknown;
  fire(event: string, ...args: unknown[]): void;
}

export function fakeAppWindow(): FakeAppWindow {
  const listeners = new Map<string, ((...args: never[]) => unknown)[]>();
  const add = (event: string, listener: (...args: never[]) => unknown): FakeAppWindow => {
    listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    return window;
  };
  const window: FakeAppWindow = {
    webContents: createFakeContents(),
    shown: 0,
    loaded: [],
    once: add,
    on: add,
    show: () => void (window.shown += 1),
    focus: () => {},
    loadURL: async (url) => void window.loaded.push(url),
    fire(event, ...args) {
      for (const listener of listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
    },
  };
  return window;
}

/** Fires a preventable `event` on `target` (with `args` after the event); whether it was prevented. */
export function prevented(
  target: { fire(event: string, ...args: unknown[]): void },
  event: string,
  ...args: unknown[]
): boolean {
  const preventable: PreventableEvent = { preventDefault: vi.fn() };
  target.fire(event, preventable, ...args);
  return vi.mocked(preventable.preventDefault).mock.calls.length > 0;
}

/** A key press as `before-input-event` reports it. */
export function keyDown(key: string, control = false): KeyInput {
  return { type: 'keyDown', key, control, meta: false, alt: false, shift: false };
}
