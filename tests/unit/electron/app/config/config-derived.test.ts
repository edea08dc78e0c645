import { describe, expect, it } from 'vitest';
import {
  doneResetMs,
  idleTimeoutMs,
  idleWarningMs,
  resolveAppConfig,
  startLanguage,
} from '../../../../../electron/app/config/index.ts';

describe('values derived from the configuration', () => {
  it('gives the idle timeout, its warning and the kiosk reset in milliseconds', () => {
    const config = resolveAppConfig({
      mode: 'kiosk',
      idleWarningSeconds: 25,
      kiosk: { doneResetSeconds: 45 },
    });
    expect(idleTimeoutMs(config)).toBe(120_000);
    expect(idleWarningMs(config)).toBe(25_000);
    expect(doneResetMs(config)).toBe(45_000);
  });

  it('has no warning when there is no timeout', () => {
    const config = resolveAppConfig({ idleTimeoutSeconds: 0 });
    expect(idleTimeoutMs(config)).toBe(0);
    expect(idleWarningMs(config)).toBe(0);
  });

  it.each([
    [{ defaultLanguage: 'de' }, 'fr-BE', 'de'],
    [{}, 'fr-BE', 'fr'],
    [{}, 'es-ES', 'en'],
    [{}, undefined, 'en'],
    [{ languages: ['nl', 'fr'] }, 'de-DE', 'nl'],
    [{ languages: ['nl', 'fr'] }, 'fr_BE.UTF-8', 'fr'],
  ])('starts %j with locale %s in %s', (file, locale, language) => {
    expect(startLanguage(resolveAppConfig(file), locale)).toBe(language);
  });
});
