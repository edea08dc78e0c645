import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { connectWizard } from '../../../common/flow/wizard-remote.ts';
import { IPC_CHANNEL } from '../../../electron/shell/ipc/ipc-channel.ts';
import { APP_CONTENT_SECURITY_POLICY } from '../../../electron/shell/security/content-security-policy.ts';
import { startShell } from '../../../electron/shell/start-shell.ts';
import { createPreloadBridgeTransport } from '../../../renderer/ipc/preload-bridge-transport.ts';
import { createFakeElectron, type FakeContents, type FakeElectron } from '../../support/fake-electron.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let appPath: string;

/**
 * An app folder like a development run's (built pages, the repo's locales and resources), which
 * also serves as an installed app's resources folder (Node has no `process.resourcesPath`).
 */
async function appFolder(config: object | string): Promise<string> {
  appPath = await mkdtemp(join(tmpdir(), 'eidw-shell-'));
  await mkdir(join(appPath, 'dist', 'wizard'), { recursive: true });
  await writeFile(join(appPath, 'dist', 'wizard', 'index.html'), '<!doctype html><title>w</title>');
  await symlink(join(root, 'locales'), join(appPath, 'locales'));
  await symlink(join(root, 'resources'), join(appPath, 'resources'));
  await symlink(join(root, 'resources', 'trust'), join(appPath, 'trust')); // installed layout
  const file = join(appPath, 'config.json');
  await writeFile(file, typeof config === 'string' ? config : JSON.stringify(config));
  return file;
}

async function start(
  config: object | string,
  setUp: (fake: FakeElectron) => void = () => {},
  displays = [1],
) {
  const file = await appFolder(config);
  const fake = createFakeElectron(appPath, displays);
  setUp(fake);
  await startShell(fake.electron, { argv: ['electron', '.', '--config', file], crashRecovery: false });
  return fake;
}

/** The page's side of the IPC channel, as the preload would give it, sent from `frame`. */
function bridgeOf(
  fake: FakeElectron,
  contents: FakeContents,
  frame: { url: string; parent: unknown } = contents.mainFrame,
) {
  const ipc = fake.ipcMain; // the fake's emitter: Electron's side of the channel
  return {
    send: (text: string) => void ipc.emit(IPC_CHANNEL, { sender: contents, senderFrame: frame }, text),
    onMessage: (listener: (text: string) => void) => {
      const forward = (channel: string, text: unknown) => channel === IPC_CHANNEL && listener(text as string);
      contents.on('ipc-sent', forward);
      return () => void contents.off('ipc-sent', forward);
    },
  };
}

afterEach(async () => {
  if (appPath) await rm(appPath, { recursive: true, force: true });
});

const SERVICE = { serviceUrl: 'https://register.example.be' };

describe('the Electron shell over a fake electron module (issue 7 points 1–5)', () => {
  it('personal mode: one hardened window on the app scheme, the flow served over the IPC channel', async () => {
    const fake = await start(SERVICE);
    expect(fake.app.exitCode).toBeUndefined();
    expect(fake.calls.privileged).toEqual([
      [
        {
          scheme: 'eid-wizard',
          privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false }),
        },
      ],
    ]);
    expect(fake.windows).toHaveLength(1);
    const [wizard] = fake.windows;
    expect(wizard!.loaded).toBe('eid-wizard://app/index.html');
    expect(wizard!.options).toMatchObject({
      kiosk: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        devTools: true,
      },
    });
    expect(String((wizard!.options.webPreferences as { preload: string }).preload)).toMatch(
      /dist[/\\]app[/\\]preload\.cjs$/,
    );
    expect(fake.calls.forks[0]).toMatch(/dist[/\\]app[/\\]pcsc-host\.cjs$/);
    const remote = await connectWizard(createPreloadBridgeTransport(bridgeOf(fake, wizard!.webContents)));
    expect(remote.snapshot).toMatchObject({ step: 'welcome', language: 'fr' });
    fake.app.emit('will-quit', { preventDefault: () => {} });
  });

  it('refuses IPC from another frame or origin, and permissions, network and navigation', async () => {
    const fake = await start(SERVICE);
    const contents = fake.windows[0]!.webContents;
    const outsider = connectWizard(
      createPreloadBridgeTransport(bridgeOf(fake, contents, { url: 'https://evil.example', parent: null })),
    );
    const timeout = new Promise((resolve) => setTimeout(() => resolve('no answer'), 200));
    expect(await Promise.race([outsider.then(() => 'answered'), timeout])).toBe('no answer');
    const granted: boolean[] = [];
    fake.session.requestHandler!(contents, 'media', (g) => granted.push(g));
    expect(granted).toEqual([false]);
    expect(fake.session.checkHandler!()).toBe(false);
    const cancelled: boolean[] = [];
    fake.session.beforeRequest!({ url: 'https://register.example.be/api' }, (r) => cancelled.push(r.cancel));
    fake.session.beforeRequest!({ url: 'eid-wizard://app/index.html' }, (r) => cancelled.push(r.cancel));
    expect(cancelled).toEqual([true, false]);
    let prevented = false;
    contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://evil.example');
    expect(prevented).toBe(true);
    expect(contents.openHandler!({ url: 'https://evil.example' })).toEqual({ action: 'deny' });
    expect(fake.calls.opened).toEqual([]);
    const page = await fake.session.handlers.get('eid-wizard')!(new Request('eid-wizard://app/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY);
    fake.app.emit('will-quit', { preventDefault: () => {} });
  });

  it('kiosk mode: full screen, no menu, not closable; a packaged app has no devtools', async () => {
    const fake = await start({ ...SERVICE, mode: 'kiosk' }, (f) => (f.app.isPackaged = true));
    const [wizard] = fake.windows;
    expect(wizard!.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      closable: false,
      webPreferences: { devTools: false },
    });
    expect(fake.calls.menus).toEqual([null]);
    let prevented = false;
    wizard!.emit('close', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    wizard!.webContents.emit('devtools-opened');
    expect(wizard!.webContents.devToolsClosed).toBe(1);
    fake.app.emit('will-quit', { preventDefault: () => {} });
  });

  it('assisted mode: the operator window on the second display', async () => {
    const fake = await start({ ...SERVICE, mode: 'assisted' }, () => {}, [1, 2]);
    expect(fake.windows.map((w) => w.loaded)).toEqual([
      'eid-wizard://app/index.html',
      'eid-wizard://app/operator.html',
    ]);
    expect(fake.windows[1]!.options).toMatchObject({
      x: expect.any(Number),
      webPreferences: { sandbox: true },
    });
    expect(fake.windows[1]!.options.x as number).toBeGreaterThanOrEqual(1920);
    expect(fake.windows[0]!.options.x as number).toBeLessThan(1920);
    fake.app.emit('will-quit', { preventDefault: () => {} });
  });

  it('an installed app started with a remote debugging port refuses to run', async () => {
    const fake = await start(SERVICE, (f) => {
      f.app.isPackaged = true;
      f.app.switches.add('remote-debugging-port');
    });
    expect(fake.app.exitCode).toBe(1);
    expect(fake.windows).toEqual([]);
  });

  it('a second instance quits at once', async () => {
    const fake = await start(SERVICE, (f) => (f.app.lock = false));
    expect(fake.app.quitCalled).toBe(true);
    expect(fake.windows).toEqual([]);
  });

  it('a bad configuration: an error box in the computer language naming the field, and no window', async () => {
    const fake = await start({ ...SERVICE, mode: 'kiosque' });
    expect(fake.app.exitCode).toBe(2);
    expect(fake.windows).toEqual([]);
    expect(fake.calls.errorBoxes).toHaveLength(1);
    expect(fake.calls.errorBoxes[0]!.title).toBe('eID Wizard ne peut pas démarrer');
    expect(fake.calls.errorBoxes[0]!.body).toContain('/mode');
    expect(fake.calls.errorBoxes[0]!.body).not.toContain('kiosque');
  });
});
