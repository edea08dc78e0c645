/**
 * The app's one JSON configuration file (architecture.md "Configuration";
 * docs/configuration.md): its schema and defaults, where it is looked for, how it is loaded
 * and checked, and the values the shell derives from it.
 */
export { AppConfigSchema, type AppConfig, type AppMode } from './app-config-schema.ts';
export {
  DEFAULT_APP_CONFIG,
  DEFAULT_IDLE_TIMEOUT_SECONDS,
  type AppConfigDefaults,
} from './default-app-config.ts';
export {
  CONFIG_ERROR_CODES,
  ConfigError,
  isConfigError,
  type ConfigErrorCode,
  type ConfigErrorInit,
  type ConfigProblem,
} from './config-error.ts';
export {
  CONFIG_FLAG,
  CONFIG_VARIABLE,
  configFlag,
  configLocations,
  resolveConfigSource,
  type ConfigLocationInput,
  type ConfigLocations,
  type ConfigSource,
  type ConfigSourceKind,
  type ResolveConfigSourceInput,
} from './config-locations.ts';
export { mergeOverDefaults, resolveAppConfig, type ResolveAppConfigOptions } from './resolve-app-config.ts';
export {
  MAX_CONFIG_BYTES,
  loadAppConfig,
  readConfigFile,
  readFileBounded,
  type LoadAppConfigOptions,
  type LoadedAppConfig,
} from './load-app-config.ts';
export { doneResetMs, idleTimeoutMs, idleWarningMs, startLanguage } from './config-derived.ts';
