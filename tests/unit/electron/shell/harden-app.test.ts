import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hardenApp, type EarlyElectron } from '../../../../electron/shell/harden-app.ts';
import { APP_SCHEME_REGISTRATION } from '../../../../electron/shell/security/app-protocol.ts';
import type { GuardedContents } from '../../../../electron/shell/security/guard-web-contents.ts';

function fakeElectron(options: { switches?: string[]; lock?: boolean } = {}) {
  const switches = new Set(options.switches ?? []);
  let created: ((event: unknown, contents: GuardedContents) => void) | undefined;
  const app = {
    requestSingleInstanceLock: vi.fn(() => options.lock ?? true),
    quit: vi.fn(),
    exit: vi.fn(),
    commandLine: { hasSwitch: (name: string) => switches.has(name) },
    on: vi.fn(
      (_event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void) => {
        created = listener;
      },
    ),
  };
  const protocol = { registerSchemesAsPrivileged: vi.fn() };
  const electron = { app, protocol } as unknown as EarlyElectron;
  const createContents = () => {
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn(), closeDevTools: vi.fn() };
    created?.({}, contents);
    return contents;
  };
  return { electron, app, protocol, createContents };
}

const guard = (production: boolean) => ({ production, kiosk: false, openExternal: vi.fn() });

let stderr: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

describe('hardenApp', () => {
  it('refuses to run an installed app started with a debugging switch', () => {
    const { electron, app, protocol } = fakeElectron({ switches: ['remote-debugging-port'] });
    expect(hardenApp(electron, guard(true))).toBe(false);
    expect(app.exit).toHaveBeenCalledExactlyOnceWith(1);
    expect(stderr).toHaveBeenCalledWith(expect.stringContaining('--remote-debugging-port'));
    expect(app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('allows debugging switches in a development run', () => {
    const { electron, app } = fakeElectron({ switches: ['inspect', 'remote-debugging-port'] });
    expect(hardenApp(electron, guard(false))).toBe(true);
    expect(app.exit).not.toHaveBeenCalled();
  });

  it('quits when another instance runs', () => {
    const { electron, app, protocol } = fakeElectron({ lock: false });
    expect(hardenApp(electron, guard(true))).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.exit).not.toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('registers the app scheme with its privileges', () => {
    const { electron, app, protocol } = fakeElectron();
    expect(hardenApp(electron, guard(true))).toBe(true);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([APP_SCHEME_REGISTRATION]);
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.exit).not.toHaveBeenCalled();
  });

  it('guards every web contents the app creates', () => {
    const { electron, app, createContents } = fakeElectron();
    hardenApp(electron, guard(true));
    expect(app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    for (const contents of [createContents(), createContents()]) {
      const events = contents.on.mock.calls.map(([event]) => event);
      expect(events).toEqual(
        expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview', 'devtools-opened']),
      );
      expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    }
  });
});
