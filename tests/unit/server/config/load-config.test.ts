import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../server/config/config-error.ts';
import { repositoryConfig } from '../../../../server/config/database.ts';
import { REPOSITORY_ROOT } from '../../../../server/config/defaults.ts';
import { loadConfig } from '../../../../server/config/load-config.ts';
import { FakeRandom } from '../helpers/fakes.ts';

/** A temporary directory; tests write their config files and peppers there. */
const scratch = (): string => mkdtempSync(join(tmpdir(), 'eidw-config-'));

/** loadConfig with nothing from the process: the given argv and env only. */
function load(env: Record<string, string> = {}, argv: string[] = [], cwd = scratch()) {
  const dataDir = join(cwd, 'data');
  return loadConfig({ argv, env: { EIDW_DATA_DIR: dataDir, ...env }, cwd, random: new FakeRandom() });
}

describe('service configuration', () => {
  it('runs with zero configuration: loopback, SQLite in the data folder, pinned roots, 15/5/30 minutes', () => {
    const cwd = scratch();
    const config = load({}, [], cwd);
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8480,
      origin: 'http://127.0.0.1:8480',
      databaseUrl: `sqlite:${join(cwd, 'data', 'registration.sqlite')}`,
      testRootFiles: [],
      codeLifetimeSeconds: 900,
      nonceLifetimeSeconds: 300,
      sessionLifetimeSeconds: 1_800,
      maxWrongCodeTries: 5,
      codeAttemptsPerMinute: 10,
      bodyLimitBytes: 262_144,
      purgeIntervalSeconds: 300,
      ocsp: { enabled: false, timeoutMs: 5_000, failClosed: true },
      trustProxy: false,
    });
    expect(config.trustAnchorFiles).toEqual(
      ['belgiumrca3.pem', 'belgiumrca4.pem', 'belgiumrca4b.pem', 'belgiumrca6.pem'].map(
        (file) => `${REPOSITORY_ROOT}resources/trust/${file}`,
      ),
    );
  });

  it('creates a random pepper once, keeps it private, and reuses it', () => {
    const cwd = scratch();
    const first = load({}, [], cwd);
    const file = join(cwd, 'data', 'code-pepper');
    expect(first.codePepper).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(Buffer.from(first.codePepper).toString('hex'));
    expect(load({}, [], cwd).codePepper).toEqual(first.codePepper);
  });

  it('takes the pepper from EIDW_CODE_PEPPER (hex or base64, at least 32 bytes)', () => {
    expect(load({ EIDW_CODE_PEPPER: 'ab'.repeat(32) }).codePepper).toEqual(new Uint8Array(32).fill(0xab));
    expect(load({ EIDW_CODE_PEPPER: Buffer.alloc(48, 1).toString('base64') }).codePepper).toHaveLength(48);
    expect(() => load({ EIDW_CODE_PEPPER: 'short' })).toThrow(ConfigError);
  });

  it('reads a config file, whose relative paths are relative to it; the environment wins', () => {
    const dir = scratch();
    const file = join(dir, 'service.json');
    writeFileSync(
      file,
      JSON.stringify({
        port: 9000,
        testRootFiles: ['roots/test.pem'],
        databaseUrl: 'sqlite:db/reg.sqlite',
        ocsp: { enabled: true },
      }),
    );
    const config = load({ EIDW_SERVICE_PORT: '9100', EIDW_OCSP_URL: 'http://ocsp.example' }, [
      '--config',
      file,
    ]);
    expect(config.port).toBe(9100);
    expect(config.origin).toBe('http://127.0.0.1:9100');
    expect(config.testRootFiles).toEqual([join(dir, 'roots/test.pem')]);
    expect(config.databaseUrl).toBe(`sqlite:${join(dir, 'db/reg.sqlite')}`);
    expect(config.ocsp).toEqual({
      enabled: true,
      url: 'http://ocsp.example',
      timeoutMs: 5_000,
      failClosed: true,
    });
    expect(load({ EIDW_SERVICE_CONFIG: file }).port).toBe(9000);
  });

  it('reads every setting from the environment', () => {
    const cwd = scratch();
    const config = load(
      {
        EIDW_SERVICE_HOST: '0.0.0.0',
        EIDW_SERVICE_ORIGIN: 'https://register.example.be',
        EIDW_DATABASE_URL: 'postgres://u:p@db/registration',
        EIDW_TEST_ROOTS: `a.pem${delimiter}b.pem`,
        EIDW_CODE_LIFETIME_SECONDS: '600',
        EIDW_NONCE_LIFETIME_SECONDS: '120',
        EIDW_SESSION_LIFETIME_SECONDS: '900',
        EIDW_MAX_WRONG_CODE_TRIES: '3',
        EIDW_CODE_ATTEMPTS_PER_MINUTE: '20',
        EIDW_BODY_LIMIT_BYTES: '65536',
        EIDW_OCSP: 'on',
        EIDW_OCSP_TIMEOUT_MS: '2000',
        EIDW_OCSP_FAIL_CLOSED: 'false',
        EIDW_TRUST_PROXY: 'true',
        EIDW_LOG_LEVEL: 'warn',
      },
      [],
      cwd,
    );
    expect(config).toMatchObject({
      host: '0.0.0.0',
      origin: 'https://register.example.be',
      databaseUrl: 'postgres://u:p@db/registration',
      testRootFiles: [join(cwd, 'a.pem'), join(cwd, 'b.pem')],
      codeLifetimeSeconds: 600,
      nonceLifetimeSeconds: 120,
      sessionLifetimeSeconds: 900,
      maxWrongCodeTries: 3,
      codeAttemptsPerMinute: 20,
      bodyLimitBytes: 65_536,
      ocsp: { enabled: true, timeoutMs: 2_000, failClosed: false },
      trustProxy: true,
      logLevel: 'warn',
    });
  });

  it.each([
    ['a nonce over 5 minutes', { EIDW_NONCE_LIFETIME_SECONDS: '301' }],
    ['more than 5 wrong codes', { EIDW_MAX_WRONG_CODE_TRIES: '6' }],
    ['a port that is not a number', { EIDW_SERVICE_PORT: 'http' }],
    ['an origin with a path', { EIDW_SERVICE_ORIGIN: 'https://register.example.be/' }],
    ['an origin in upper case', { EIDW_SERVICE_ORIGIN: 'https://Register.example.be' }],
    ['a log level that does not exist', { EIDW_LOG_LEVEL: 'loud' }],
  ])('refuses %s', (_name, env) => {
    expect(() => load(env)).toThrow(ConfigError);
  });

  it('refuses unknown keys and malformed JSON in the config file', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'unknown.json'), JSON.stringify({ prot: 1 }));
    writeFileSync(join(dir, 'broken.json'), '{ port: ');
    expect(() => load({}, ['--config', join(dir, 'unknown.json')])).toThrow(/prot/);
    expect(() => load({}, ['--config', join(dir, 'broken.json')])).toThrow(ConfigError);
  });

  it('maps the database URL to the repository', () => {
    expect(repositoryConfig('sqlite:/srv/reg.sqlite')).toEqual({ kind: 'sqlite', path: '/srv/reg.sqlite' });
    expect(repositoryConfig('postgresql://db/x')).toEqual({ kind: 'postgres', url: 'postgresql://db/x' });
    expect(() => repositoryConfig('mysql://db/x')).toThrow(ConfigError);
  });
});
