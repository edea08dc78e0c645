import { languageOfLocale, type Language } from '../../../common/i18n/languages.ts';
import type { AppConfig } from './app-config-schema.ts';

/**
 * How long the flow waits for the person before it wipes itself (registration-flow.md step 6),
 * in ms for `RegistrationFlowOptions.idleTimeoutMs`; 0 = never.
 */
export function idleTimeoutMs(config: AppConfig): number {
  return config.idleTimeoutSeconds * 1_000;
}

/**
 * How long before the idle timeout the "are you still there?" warning shows, in ms; 0 when
 * there is no timeout. At least 20 s (WCAG 2.2 SC 2.2.1 Timing Adjustable: the person gets
 * at least 20 seconds to extend with a simple action), and shorter than the timeout (checked
 * when the config was loaded).
 */
export function idleWarningMs(config: AppConfig): number {
  return config.idleTimeoutSeconds === 0 ? 0 : config.idleWarningSeconds * 1_000;
}

/** In kiosk mode, how long the "done" screen stays before the wizard goes back to the start, in ms. */
export function doneResetMs(config: AppConfig): number {
  return config.kiosk.doneResetSeconds * 1_000;
}

/**
 * The language the wizard starts in: `defaultLanguage` when set, else the system locale's
 * (`app.getLocale()`, `nl-BE`) when allowed, else English when allowed, else the first allowed
 * language (docs/configuration.md "defaultLanguage").
 */
export function startLanguage(config: AppConfig, locale: string | undefined): Language {
  const allowed = (language: Language | undefined): language is Language =>
    language !== undefined && config.languages.includes(language);
  const fromLocale = languageOfLocale(locale);
  if (config.defaultLanguage !== undefined) return config.defaultLanguage;
  if (allowed(fromLocale)) return fromLocale;
  return allowed('en') ? 'en' : (config.languages[0] ?? 'en');
}
