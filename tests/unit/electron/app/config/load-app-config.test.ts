import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEFAULT_APP_CONFIG,
  MAX_CONFIG_BYTES,
  loadAppConfig,
  readFileBounded,
  resolveAppConfig,
  type LoadAppConfigOptions,
} from '../../../../../electron/app/config/index.ts';

const SYSTEM = '/etc/eid-wizard/config.json';
const USER = '/home/ann/.config/eid-wizard/config.json';

/** loadAppConfig on a fake Linux machine whose files are `files` (text or bytes). */
function load(files: Record<string, string | Uint8Array>, options: Partial<LoadAppConfigOptions> = {}) {
  return loadAppConfig({
    argv: [],
    env: {},
    platform: 'linux',
    homedir: '/home/ann',
    cwd: '/work',
    exists: (path) => path in files,
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error('gone'), { code: 'ENOENT' });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    ...options,
  });
}

/** The ConfigError `run` throws. */
function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('loadAppConfig', () => {
  it('runs on the defaults when there is no file anywhere', () => {
    expect(load({})).toEqual({
      config: { ...DEFAULT_APP_CONFIG, idleTimeoutSeconds: 600 },
      source: 'defaults',
    });
  });

  it('reads the file it resolves and says which one', () => {
    const files = {
      [SYSTEM]: '{ "mode": "kiosk" }',
      [USER]: '{ "mode": "assisted" }',
      '/work/mine.json': '{ "logLevel": "debug" }',
    };
    expect(load(files)).toMatchObject({ source: 'system', path: SYSTEM, config: { mode: 'kiosk' } });
    expect(load({ [USER]: files[USER] })).toMatchObject({ source: 'user', config: { mode: 'assisted' } });
    expect(load(files, { argv: ['--config=mine.json'] })).toMatchObject({
      source: 'flag',
      path: '/work/mine.json',
      config: { mode: 'personal', logLevel: 'debug' },
    });
    expect(load(files, { env: { EID_WIZARD_CONFIG: '/work/mine.json' } })).toMatchObject({ source: 'env' });
  });

  it('accepts a UTF-8 byte order mark (Windows Notepad writes one)', () => {
    expect(load({ [SYSTEM]: '\uFEFF{ "mode": "kiosk" }' }).config.mode).toBe('kiosk');
  });

  it('refuses a file over 64 KiB as too-large, and one of exactly 64 KiB is read', () => {
    const padded = (size: number) => `{}${' '.repeat(size - 2)}`;
    expect(errorOf(() => load({ [SYSTEM]: padded(MAX_CONFIG_BYTES + 1) }))).toMatchObject({
      code: 'too-large',
      path: SYSTEM,
    });
    expect(load({ [SYSTEM]: padded(MAX_CONFIG_BYTES) }).source).toBe('system');
  });

  it('refuses text that is not JSON, or not UTF-8, without quoting it', () => {
    const error = errorOf(() => load({ [SYSTEM]: '{ "mode": kiosk-secret }' }));
    expect(error).toMatchObject({ code: 'not-json', path: SYSTEM });
    expect(error.message).not.toContain('secret');
    expect(error.cause).toBeUndefined();
    expect(errorOf(() => load({ [SYSTEM]: new Uint8Array([0x7b, 0xff, 0x7d]) }))).toMatchObject({
      code: 'not-json',
      reason: 'utf-8',
    });
  });

  it('refuses valid JSON with invalid settings, naming the file', () => {
    const error = errorOf(() => load({ [USER]: '{ "idleWarningSeconds": 10 }' }));
    expect(error).toMatchObject({
      code: 'invalid',
      path: USER,
      problems: [{ pointer: '/idleWarningSeconds' }],
    });
  });

  it('maps a read failure to unreadable with the Node code, and a vanished file to not-found', () => {
    const failing = (code: string) => () => {
      throw Object.assign(new Error(`${code}: /etc/...`), { code });
    };
    expect(errorOf(() => load({ [SYSTEM]: '' }, { readFile: failing('EACCES') }))).toMatchObject({
      code: 'unreadable',
      reason: 'EACCES',
    });
    expect(errorOf(() => load({ [SYSTEM]: '' }, { readFile: failing('ENOENT') }))).toMatchObject({
      code: 'not-found',
    });
  });

  it('refuses a missing --config file and a --config without a name', () => {
    expect(errorOf(() => load({ [SYSTEM]: '{}' }, { argv: ['--config', 'nope.json'] }))).toMatchObject({
      code: 'not-found',
      path: '/work/nope.json',
    });
    expect(errorOf(() => load({}, { argv: ['--config'] }))).toMatchObject({ code: 'bad-flag' });
  });
});

describe('readFileBounded', () => {
  it('reads a small file whole and stops one byte past the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eidw-app-config-'));
    writeFileSync(join(dir, 'small.json'), '{"a":1}');
    writeFileSync(join(dir, 'big.json'), 'x'.repeat(1_000));
    expect(new TextDecoder().decode(readFileBounded(join(dir, 'small.json'), 100))).toBe('{"a":1}');
    expect(readFileBounded(join(dir, 'big.json'), 100)).toHaveLength(101);
    expect(() => readFileBounded(join(dir, 'none.json'), 100)).toThrow(
      expect.objectContaining({ code: 'ENOENT' }),
    );
  });
});

describe('resources/default-config.json', () => {
  const shipped: unknown = JSON.parse(
    readFileSync(new URL('../../../../../resources/default-config.json', import.meta.url), 'utf8'),
  );

  it('equals the built-in defaults and validates', () => {
    expect(shipped).toEqual(DEFAULT_APP_CONFIG);
    expect(resolveAppConfig(shipped)).toEqual(resolveAppConfig({}));
  });
});
