import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEFAULT_APP_CONFIG,
  resolveAppConfig,
  type ConfigProblem,
} from '../../../../../electron/app/config/index.ts';

/** The problems `resolveAppConfig(file)` throws with (fails the test when it does not throw). */
function problemsOf(file: unknown): readonly ConfigProblem[] {
  try {
    resolveAppConfig(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).code).toBe('invalid');
    return (error as ConfigError).problems;
  }
  throw new Error('accepted');
}

/** The pointers of the problems of `file`. */
const pointers = (file: unknown): string[] => problemsOf(file).map((p) => p.pointer);

describe('resolveAppConfig: defaults and merge', () => {
  it('makes a complete, frozen configuration from an empty file: the defaults, 600 s in personal mode', () => {
    const config = resolveAppConfig({});
    expect(config).toEqual({ ...DEFAULT_APP_CONFIG, idleTimeoutSeconds: 600 });
    expect(config).toMatchObject({ mode: 'personal', logLevel: 'warn', languages: ['nl', 'fr', 'de', 'en'] });
    expect(
      Object.isFrozen(config) && Object.isFrozen(config.kiosk) && Object.isFrozen(config.languages),
    ).toBe(true);
  });

  it.each([
    ['personal', 600],
    ['kiosk', 120],
    ['assisted', 120],
  ])('defaults the idle timeout of %s mode to %i s, and keeps one that is set', (mode, seconds) => {
    expect(resolveAppConfig({ mode }).idleTimeoutSeconds).toBe(seconds);
    expect(resolveAppConfig({ mode, idleTimeoutSeconds: 300 }).idleTimeoutSeconds).toBe(300);
  });

  it('merges kiosk and assisted one level deep, and replaces lists whole', () => {
    const config = resolveAppConfig({
      kiosk: {},
      assisted: { operatorDisplay: 'secondary' },
      languages: ['fr'],
    });
    expect(config.kiosk).toEqual({ doneResetSeconds: 60 });
    expect(config.assisted).toEqual({ operatorDisplay: 'secondary' });
    expect(config.languages).toEqual(['fr']);
  });

  it('makes relative test roots relative to the file (POSIX and Windows rules), keeps absolute ones', () => {
    const posix = resolveAppConfig(
      { testRoots: ['roots/a.pem', '/abs/b.pem'] },
      { path: '/etc/eid/config.json', platform: 'linux' },
    );
    expect(posix.testRoots).toEqual(['/etc/eid/roots/a.pem', '/abs/b.pem']);
    const windows = resolveAppConfig(
      { testRoots: ['a.pem', 'D:\\b.pem'] },
      { path: 'C:\\cfg\\config.json', platform: 'win32' },
    );
    expect(windows.testRoots).toEqual(['C:\\cfg\\a.pem', 'D:\\b.pem']);
  });

  it('accepts a full kiosk configuration', () => {
    const file = {
      serviceUrl: 'https://register.example.be/eid',
      mode: 'kiosk',
      languages: ['nl', 'fr'],
      defaultLanguage: 'fr',
      idleTimeoutSeconds: 90,
      idleWarningSeconds: 20,
      kiosk: { doneResetSeconds: 30 },
      assisted: { operatorDisplay: 'primary' },
      reader: 'ACS ACR39U ICC Reader 00 00',
      testRoots: [],
      logLevel: 'info',
      helpUrl: 'https://example.be/help',
      helpPhone: '+32 2 123 45 67',
    };
    expect(resolveAppConfig(file)).toEqual(file);
  });
});

describe('resolveAppConfig: refusals', () => {
  it.each([null, [], 'text', 42])(
    'refuses a file that is not an object (%j), at the root pointer',
    (file) => {
      expect(pointers(file)).toEqual(['']);
    },
  );

  it('refuses an unknown key with its pointer and the known keys, at the top and nested', () => {
    const problems = problemsOf({ idleTimeout: 60, kiosk: { doneResetSecond: 10 } });
    expect(problems).toEqual([
      { pointer: '/idleTimeout', expected: expect.stringContaining('idleTimeoutSeconds') },
      { pointer: '/kiosk/doneResetSecond', expected: 'a known setting (doneResetSeconds)' },
    ]);
  });

  it('escapes unknown keys in the pointer (RFC 6901)', () => {
    expect(pointers({ 'a/b~c': 1 })).toEqual(['/a~1b~0c']);
  });

  it.each([
    ['https://register.example.be', true],
    ['https://register.example.be:8443/eid/', true],
    ['http://127.0.0.1:8480', true],
    ['http://localhost:8480', true],
    ['http://[::1]:8480', true],
    ['http://register.example.be', false],
    ['http://10.0.0.5:8480', false],
    ['ftp://register.example.be', false],
    ['https://user:pw@register.example.be', false],
    ['https://register.example.be/?x=1', false],
    ['not a url', false],
    ['', false],
    [42, false],
  ])('serviceUrl %j accepted: %s', (serviceUrl, ok) => {
    if (ok) expect(resolveAppConfig({ serviceUrl }).serviceUrl).toBe(serviceUrl);
    else expect(pointers({ serviceUrl })).toEqual(['/serviceUrl']);
  });

  it.each([
    [{ mode: 'public' }, '/mode'],
    [{ logLevel: 'trace' }, '/logLevel'],
    [{ languages: [] }, '/languages'],
    [{ languages: ['nl', 'nl'] }, '/languages'],
    [{ languages: ['nl', 'es'] }, '/languages/1'],
    [{ defaultLanguage: 'es' }, '/defaultLanguage'],
    [{ languages: ['fr', 'de'], defaultLanguage: 'nl' }, '/defaultLanguage'],
    [{ idleTimeoutSeconds: -1 }, '/idleTimeoutSeconds'],
    [{ idleTimeoutSeconds: 86_401 }, '/idleTimeoutSeconds'],
    [{ idleTimeoutSeconds: 60.5 }, '/idleTimeoutSeconds'],
    [{ idleTimeoutSeconds: '60' }, '/idleTimeoutSeconds'],
    [{ mode: 'kiosk', idleTimeoutSeconds: 0 }, '/idleTimeoutSeconds'],
    [{ idleWarningSeconds: 19 }, '/idleWarningSeconds'],
    [{ idleTimeoutSeconds: 30, idleWarningSeconds: 30 }, '/idleWarningSeconds'],
    [{ kiosk: { doneResetSeconds: 4 } }, '/kiosk/doneResetSeconds'],
    [{ kiosk: { doneResetSeconds: 3_601 } }, '/kiosk/doneResetSeconds'],
    [{ kiosk: null }, '/kiosk'],
    [{ assisted: { operatorDisplay: 'third' } }, '/assisted/operatorDisplay'],
    [{ reader: '' }, '/reader'],
    [{ reader: 'x'.repeat(201) }, '/reader'],
    [{ testRoots: [''] }, '/testRoots/0'],
    [{ testRoots: 'a.pem' }, '/testRoots'],
    [{ helpUrl: 'http://example.be/help' }, '/helpUrl'],
    [{ helpUrl: 'help' }, '/helpUrl'],
    [{ helpPhone: 'call us' }, '/helpPhone'],
  ])('refuses %j at %s', (file, pointer) => {
    expect(pointers(file)).toEqual([pointer]);
  });

  it.each([
    [{ idleTimeoutSeconds: 0 }],
    [{ mode: 'assisted', idleTimeoutSeconds: 0 }],
    [{ idleWarningSeconds: 20, idleTimeoutSeconds: 21 }],
    [{ idleTimeoutSeconds: 86_400, idleWarningSeconds: 3_600 }],
    [{ kiosk: { doneResetSeconds: 5 } }],
    [{ languages: ['de'], defaultLanguage: 'de' }],
  ])('accepts the bounds %j', (file) => {
    expect(resolveAppConfig(file)).toMatchObject(file);
  });

  it('lists every problem at once, each with our expected shape and never the value found', () => {
    const error = (() => {
      try {
        resolveAppConfig(
          { serviceUrl: 'http://secret-host.example', mode: 'sneaky-value' },
          { path: '/etc/c.json' },
        );
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error?.problems.map((p) => p.pointer)).toEqual(['/mode', '/serviceUrl']);
    expect(error?.path).toBe('/etc/c.json');
    expect(error?.message).toContain('/mode: expected one of personal, kiosk, assisted');
    expect(error?.message).not.toMatch(/secret-host|sneaky-value/);
  });
});
