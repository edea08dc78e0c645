import { describe, expect, it, vi } from 'vitest';
import {
  guardWebContents,
  type GuardOptions,
  type GuardedContents,
  type PreventableEvent,
} from '../../../../../electron/shell/security/guard-web-contents.ts';

const HELP = 'https://help.example.be/eid';

function fakeContents() {
  const listeners = new Map<string, ((event: PreventableEvent) => void)[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on(event: string, listener: (event: PreventableEvent) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => { action: 'deny' }) => {
      openHandler = handler;
    }),
    closeDevTools: vi.fn(),
    /** Emits `name` with a preventable event; returns whether it was prevented. */
    emit(name: string): boolean {
      const event = { preventDefault: vi.fn() };
      for (const listener of listeners.get(name) ?? []) listener(event);
      return event.preventDefault.mock.calls.length > 0;
    },
    count: (name: string) => listeners.get(name)?.length ?? 0,
    open(url: string) {
      if (openHandler === undefined) throw new Error('no window open handler');
      return openHandler({ url });
    },
  };
  return contents satisfies GuardedContents;
}

function guarded(options: Partial<GuardOptions> = {}) {
  const contents = fakeContents();
  const openExternal = vi.fn<(url: string) => void>();
  guardWebContents(contents, { production: true, kiosk: false, helpUrl: HELP, openExternal, ...options });
  return { contents, openExternal };
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const { contents } = guarded();
    expect(contents.emit(name)).toBe(true);
  });

  it('installs a window open handler', () => {
    expect(guarded().contents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it.each([
    ['the help link', HELP + '/faq', true],
    ['another site', 'https://evil.example/', false],
    ['an app page', 'eid-wizard://app/index.html', false],
    ['a file', 'file:///etc/passwd', false],
  ])('denies a new window for %s (opening it outside: %s)', (_name, url, outside) => {
    const { contents, openExternal } = guarded({ production: false });
    expect(contents.open(url)).toEqual({ action: 'deny' });
    if (outside) expect(openExternal).toHaveBeenCalledExactlyOnceWith(url);
    else expect(openExternal).not.toHaveBeenCalled();
  });

  it('never opens the help link outside in kiosk mode', () => {
    const { contents, openExternal } = guarded({ kiosk: true });
    expect(contents.open(HELP)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('never opens anything outside without a help URL', () => {
    const contents = fakeContents();
    const openExternal = vi.fn<(url: string) => void>();
    guardWebContents(contents, { production: true, kiosk: false, openExternal });
    expect(contents.open(HELP)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('closes developer tools as soon as they open in production', () => {
    const { contents } = guarded({ production: true });
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalledOnce();
  });

  it('leaves developer tools open in development', () => {
    const { contents } = guarded({ production: false });
    expect(contents.count('devtools-opened')).toBe(0);
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).not.toHaveBeenCalled();
  });
});
