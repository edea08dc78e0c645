import { LANGUAGES } from '../../../common/i18n/languages.ts';
import { DEFAULT_SERVICE_URL } from '../service/service-url.ts';
import type { AppConfig, AppMode } from './app-config-schema.ts';

/**
 * The idle timeout when the file does not set `idleTimeoutSeconds`, by mode (docs/configuration.md):
 * on a person's own computer 10 minutes (registration-flow.md step 6), at a kiosk or a counter
 * 2 minutes, since the next person may be standing behind.
 */
export const DEFAULT_IDLE_TIMEOUT_SECONDS: Readonly<Record<AppMode, number>> = {
  personal: 600,
  kiosk: 120,
  assisted: 120,
};

/** The defaults: every key but the ones that are absent unless set, and the mode-dependent timeout. */
export type AppConfigDefaults = Omit<AppConfig, 'idleTimeoutSeconds'>;

/**
 * The built-in defaults (architecture.md "Configuration"), which `resources/default-config.json`
 * repeats for administrators to copy (a unit test keeps the two equal). The service URL is the
 * CLI's: the local service of `npm run service`, the only one that exists until a production
 * service is deployed; a real deployment always sets it.
 */
export const DEFAULT_APP_CONFIG: AppConfigDefaults = Object.freeze({
  serviceUrl: DEFAULT_SERVICE_URL,
  mode: 'personal',
  languages: Object.freeze([...LANGUAGES]),
  idleWarningSeconds: 30,
  kiosk: Object.freeze({ doneResetSeconds: 60 }),
  assisted: Object.freeze({ operatorDisplay: 'auto' }),
  testRoots: Object.freeze([]),
  logLevel: 'warn',
});
