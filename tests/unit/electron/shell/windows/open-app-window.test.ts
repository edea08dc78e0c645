import { describe, expect, it, vi } from 'vitest';
import type { Transport } from '../../../../../common/ipc/index.ts';
import { IPC_CHANNEL } from '../../../../../electron/shell/ipc/ipc-channel.ts';
import { APP_PAGES } from '../../../../../electron/shell/security/app-origin.ts';
import {
  openAppWindow,
  type OpenWindowOptions,
} from '../../../../../electron/shell/windows/open-app-window.ts';
import {
  wizardWindowOptions,
  type WindowOptions,
} from '../../../../../electron/shell/windows/window-options.ts';
import { createFakeIpcMain, mainFrameEvent } from '../../../../support/fake-ipc.ts';
import { fakeAppWindow, keyDown, prevented } from './fake-app-window.ts';

const WINDOW_OPTIONS = wizardWindowOptions(
  'personal',
  { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } },
  { preload: '/p.cjs' },
  { production: true, title: 'eID Wizard' },
);

function open(options: Partial<OpenWindowOptions> = {}) {
  const window = fakeAppWindow();
  const ipc = createFakeIpcMain();
  const create = vi.fn((_options: WindowOptions) => window);
  const transports: Transport[] = [];
  const serve = vi.fn((transport: Transport) => (transports.push(transport), vi.fn()));
  const opened = openAppWindow(create, WINDOW_OPTIONS, {
    ipcMain: ipc,
    production: true,
    kiosk: false,
    page: APP_PAGES.wizard,
    serve,
    report: () => {},
    quitting: () => false,
    ...options,
  });
  return { window, opened, create, ipc, serve, transports, contents: window.webContents };
}

describe('openAppWindow', () => {
  it('creates the window with the options given and returns it', () => {
    const { create, opened, window } = open();
    expect(create).toHaveBeenCalledExactlyOnceWith(WINDOW_OPTIONS);
    expect(opened).toBe(window);
  });

  it('loads the page', () => {
    expect(open({ page: APP_PAGES.operator }).window.loaded).toEqual([APP_PAGES.operator]);
  });

  it('shows the window once its page is ready', () => {
    const { window } = open();
    expect(window.shown).toBe(0);
    window.fire('ready-to-show');
    expect(window.shown).toBe(1);
  });

  it('swallows blocked shortcuts and lets the others through', () => {
    const { contents } = open({ production: true, kiosk: false });
    expect(prevented(contents, 'before-input-event', keyDown('F5'))).toBe(true);
    expect(prevented(contents, 'before-input-event', keyDown('r', true))).toBe(true);
    expect(prevented(contents, 'before-input-event', keyDown('w', true))).toBe(false);
    expect(prevented(contents, 'before-input-event', keyDown('=', true))).toBe(false);
  });

  it('swallows the kiosk shortcuts in a kiosk', () => {
    const { contents } = open({ kiosk: true, quitting: () => false });
    expect(prevented(contents, 'before-input-event', keyDown('w', true))).toBe(true);
    expect(prevented(contents, 'before-input-event', keyDown('F11'))).toBe(true);
  });

  it('lets reload through in a development run', () => {
    expect(prevented(open({ production: false }).contents, 'before-input-event', keyDown('F5'))).toBe(false);
  });

  it('keeps a kiosk window open unless the app quits', () => {
    let quitting = false;
    const { window } = open({ kiosk: true, quitting: () => quitting });
    expect(prevented(window, 'close')).toBe(true);
    quitting = true;
    expect(prevented(window, 'close')).toBe(false);
  });

  it('lets a personal window close', () => {
    expect(prevented(open({ kiosk: false }).window, 'close')).toBe(false);
  });

  it('reloads a crashed renderer by default', () => {
    const { contents } = open();
    contents.fire('render-process-gone', {}, { reason: 'crashed' });
    expect(contents.reloads).toBe(1);
  });

  it('does not reload destroyed contents', () => {
    const { contents } = open();
    contents.destroyed = true;
    contents.fire('render-process-gone', {}, { reason: 'killed' });
    expect(contents.reloads).toBe(0);
  });

  it('hands a crashed renderer to onRendererGone instead when given', () => {
    const onRendererGone = vi.fn();
    const { contents } = open({ onRendererGone });
    contents.fire('render-process-gone', {}, { reason: 'oom' });
    expect(onRendererGone).toHaveBeenCalledExactlyOnceWith('oom');
    expect(contents.reloads).toBe(0);
  });

  it("serves the page on an Electron transport that hears the window's messages", () => {
    const { ipc, serve, transports, contents } = open();
    expect(serve).toHaveBeenCalledOnce();
    expect(ipc.listenersOf(IPC_CHANNEL)).toHaveLength(1);
    const received: unknown[] = [];
    transports[0]?.onMessage((message) => received.push(message));
    ipc.deliver(IPC_CHANNEL, mainFrameEvent(contents), '{"kind":"cancel","id":1}');
    expect(received).toEqual([{ kind: 'cancel', id: 1 }]);
  });

  it('serves a fresh transport after a reload, closing the old one', () => {
    const { ipc, serve, contents } = open();
    contents.fire('did-start-navigation', {}, APP_PAGES.wizard, false, true);
    expect(serve).toHaveBeenCalledTimes(2);
    expect(ipc.listenersOf(IPC_CHANNEL)).toHaveLength(1);
    contents.fire('destroyed');
    expect(ipc.listenersOf(IPC_CHANNEL)).toHaveLength(0);
  });
});
