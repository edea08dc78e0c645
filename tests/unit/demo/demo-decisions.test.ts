import { describe, expect, it } from 'vitest';
import {
  chooseCardSource,
  chooseOpener,
  hasDisplay,
  needsBuild,
  type CardProbe,
  type OpenerProbe,
} from '../../demo/demo-decisions.ts';
import { keyAction } from '../../demo/demo-keys.ts';
import { parseDemoOptions } from '../../demo/demo-options.ts';

const URL = 'http://127.0.0.1:4000/#ipc=token';

describe('where the demo puts the card', () => {
  const linux: CardProbe = {
    forceInProcess: false,
    platform: 'linux',
    pcscdRunning: true,
    vpcdInstalled: true,
  };

  it('goes through pcscd when pcscd runs and vpcd is installed', () => {
    expect(chooseCardSource(linux).kind).toBe('pcscd');
  });

  it.each([
    ['pcscd is not running', { pcscdRunning: false }, /pcscd is not running/],
    ['vpcd is missing', { vpcdInstalled: false }, /vsmartcard-vpcd is not installed/],
    ['--in-process was given', { forceInProcess: true }, /--in-process/],
    ['not on Linux', { platform: 'darwin' as const }, /Linux only/],
  ])('keeps it in process when %s, and says why', (_name, change, reason) => {
    const choice = chooseCardSource({ ...linux, ...change });

    expect(choice.kind).toBe('in-process');
    expect(choice.reason).toMatch(reason);
  });
});

describe('how the demo opens the wizard', () => {
  const probe: OpenerProbe = {
    platform: 'linux',
    env: { DISPLAY: ':0' },
    noOpen: false,
    chromium: '/usr/bin/chromium',
    profileDirectory: '/tmp/profile',
  };

  it('sees a display on Linux only with DISPLAY or WAYLAND_DISPLAY, always on macOS and Windows', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: '' })).toBe(false);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });

  it('only prints the URL on a headless machine or with --no-open', () => {
    expect(chooseOpener({ ...probe, env: {} }, URL)).toMatchObject({ kind: 'print', reason: /no display/ });
    expect(chooseOpener({ ...probe, noOpen: true }, URL)).toMatchObject({
      kind: 'print',
      reason: /--no-open/,
    });
  });

  it('opens a Chromium app window with a fresh profile when Chromium is there', () => {
    expect(chooseOpener(probe, URL)).toEqual({
      kind: 'chromium',
      command: '/usr/bin/chromium',
      args: [`--app=${URL}`, '--user-data-dir=/tmp/profile', '--no-first-run'],
    });
  });

  it.each([
    ['linux', 'xdg-open', [URL]],
    ['darwin', 'open', [URL]],
    ['win32', 'cmd', ['/c', 'start', '""', URL]],
  ] as const)('falls back to the system opener on %s', (platform, command, args) => {
    expect(chooseOpener({ ...probe, platform, chromium: undefined }, URL)).toEqual({
      kind: 'system',
      command,
      args,
    });
  });
});

describe('the rest of the demo', () => {
  it('builds the wizard when the page is missing or older than the newest source', () => {
    expect(needsBuild(undefined, 0)).toBe(true);
    expect(needsBuild(1_000, 2_000)).toBe(true);
    expect(needsBuild(2_000, 2_000)).toBe(false);
    expect(needsBuild(3_000, 2_000)).toBe(false);
  });

  it('reads r as the card toggle and q, Ctrl-C, Ctrl-D as quit', () => {
    expect(['r', 'R'].map(keyAction)).toEqual(['toggle-card', 'toggle-card']);
    expect(['q', 'Q', '\u0003', '\u0004'].map(keyAction)).toEqual(['quit', 'quit', 'quit', 'quit']);
    expect(keyAction('x')).toBeUndefined();
  });

  it('takes citizen-1.8, English, port 8480 and reader 0 by default, and checks the options', () => {
    expect(parseDemoOptions([])).toMatchObject({
      card: 'citizen-1.8',
      language: 'en',
      port: 8480,
      reader: 0,
    });
    expect(parseDemoOptions(['--lang', 'nl', '--port', '9000', '--no-open'])).toMatchObject({
      language: 'nl',
      port: 9000,
      noOpen: true,
    });
    expect(parseDemoOptions(['--lang', 'xx'])).toEqual({ wrong: '--lang xx' });
    expect(parseDemoOptions(['--port', '70000'])).toEqual({ wrong: '--port 70000' });
    expect(parseDemoOptions(['--reader', '2'])).toEqual({ wrong: '--reader 2' });
    expect(parseDemoOptions(['--bogus'])).toHaveProperty('wrong');
  });
});
