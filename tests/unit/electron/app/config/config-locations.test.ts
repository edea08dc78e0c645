import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  configFlag,
  configLocations,
  resolveConfigSource,
  type ConfigLocationInput,
} from '../../../../../electron/app/config/index.ts';

const LINUX: ConfigLocationInput = { platform: 'linux', env: {}, homedir: '/home/ann' };
const WINDOWS: ConfigLocationInput = {
  platform: 'win32',
  env: { ProgramData: 'C:\\ProgramData', APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' },
  homedir: 'C:\\Users\\ann',
};
const MAC: ConfigLocationInput = { platform: 'darwin', env: {}, homedir: '/Users/ann' };

describe('configLocations', () => {
  it('uses /etc and ~/.config on Linux, or $XDG_CONFIG_HOME when it is absolute', () => {
    expect(configLocations(LINUX)).toEqual({
      system: '/etc/eid-wizard/config.json',
      user: '/home/ann/.config/eid-wizard/config.json',
    });
    expect(configLocations({ ...LINUX, env: { XDG_CONFIG_HOME: '/xdg' } }).user).toBe(
      '/xdg/eid-wizard/config.json',
    );
    expect(configLocations({ ...LINUX, env: { XDG_CONFIG_HOME: 'rel' } }).user).toBe(
      '/home/ann/.config/eid-wizard/config.json',
    );
  });

  it('uses %ProgramData% and %APPDATA% on Windows, with the usual folders when they are unset', () => {
    expect(configLocations(WINDOWS)).toEqual({
      system: 'C:\\ProgramData\\eID Wizard\\config.json',
      user: 'C:\\Users\\ann\\AppData\\Roaming\\eID Wizard\\config.json',
    });
    expect(configLocations({ ...WINDOWS, env: { ProgramData: 'D:\\PD', APPDATA: 'D:\\AD' } })).toEqual({
      system: 'D:\\PD\\eID Wizard\\config.json',
      user: 'D:\\AD\\eID Wizard\\config.json',
    });
    expect(configLocations({ ...WINDOWS, env: {} })).toEqual(configLocations(WINDOWS));
  });

  it('uses /Library and ~/Library Application Support on macOS', () => {
    expect(configLocations(MAC)).toEqual({
      system: '/Library/Application Support/eID Wizard/config.json',
      user: '/Users/ann/Library/Application Support/eID Wizard/config.json',
    });
  });
});

describe('configFlag', () => {
  it.each([
    [['app', '--config', 'a.json'], 'a.json'],
    [['app', '--config=b.json'], 'b.json'],
    [['app', '--config', 'a.json', '--config=b.json'], 'b.json'],
    [['app', '--kiosk'], undefined],
    [['app', '--', '--config', 'a.json'], undefined],
  ])('reads %j as %j', (argv, path) => {
    expect(configFlag(argv)).toBe(path);
  });

  it.each([[['--config']], [['--config=']], [['--config', '--kiosk']]])('refuses %j as bad-flag', (argv) => {
    expect(() => configFlag(argv)).toThrow(expect.objectContaining({ code: 'bad-flag' }));
  });
});

/** Every place a file can come from on `base`'s platform, all of them existing unless dropped. */
function sources(base: ConfigLocationInput, cwd: string) {
  const { system, user } = configLocations(base);
  const flag = base.platform === 'win32' ? 'C:\\flag.json' : '/flag.json';
  const env = base.platform === 'win32' ? 'C:\\env.json' : '/env.json';
  return { system, user, flag, env, cwd };
}

describe.each([
  ['linux', LINUX, '/work'],
  ['win32', WINDOWS, 'C:\\work'],
  ['darwin', MAC, '/work'],
] as const)('resolveConfigSource on %s', (_name, base, cwd) => {
  const all = sources(base, cwd);
  const resolve = (present: string[], argv: string[] = [], env: Record<string, string> = {}) =>
    resolveConfigSource({
      ...base,
      env: { ...base.env, ...env },
      argv,
      cwd,
      exists: (path) => present.includes(path),
    });
  const every = [all.flag, all.env, all.system, all.user];

  it('takes the flag, then the variable, then the system file, then the user file, then none', () => {
    expect(resolve(every, ['--config', all.flag], { EID_WIZARD_CONFIG: all.env })).toEqual({
      kind: 'flag',
      path: all.flag,
    });
    expect(resolve(every, [], { EID_WIZARD_CONFIG: all.env })).toEqual({ kind: 'env', path: all.env });
    expect(resolve(every)).toEqual({ kind: 'system', path: all.system });
    expect(resolve([all.user])).toEqual({ kind: 'user', path: all.user });
    expect(resolve([])).toEqual({ kind: 'defaults' });
  });

  it('ignores an empty variable', () => {
    expect(resolve([all.user], [], { EID_WIZARD_CONFIG: '' })).toEqual({ kind: 'user', path: all.user });
  });

  it('makes a relative flag or variable path relative to the working folder', () => {
    const expected = base.platform === 'win32' ? `${cwd}\\c.json` : `${cwd}/c.json`;
    expect(resolve([expected], ['--config=c.json'])).toEqual({ kind: 'flag', path: expected });
    expect(resolve([expected], [], { EID_WIZARD_CONFIG: 'c.json' })).toEqual({ kind: 'env', path: expected });
  });

  it('refuses a named file that does not exist instead of falling back to the others', () => {
    const missing = (argv: string[], env: Record<string, string>) => {
      try {
        resolve([all.system, all.user], argv, env);
      } catch (error) {
        return error;
      }
    };
    expect(missing(['--config', all.flag], {})).toMatchObject({ code: 'not-found', path: all.flag });
    expect(missing([], { EID_WIZARD_CONFIG: all.env })).toBeInstanceOf(ConfigError);
    expect(missing([], { EID_WIZARD_CONFIG: all.env })).toMatchObject({ code: 'not-found', path: all.env });
  });
});
