import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Value } from 'typebox/value';
import { cryptoRandom, type RandomSource } from '../platform/random.ts';
import { ConfigError } from './config-error.ts';
import { defaultSettings, derivedDefaults } from './defaults.ts';
import { settingsFromEnvironment } from './environment.ts';
import { loadPepper } from './pepper.ts';
import {
  SettingsFileSchema,
  SettingsSchema,
  type ServiceConfig,
  type ServiceSettings,
  type SettingsFile,
} from './settings.ts';

/** Where {@link loadConfig} reads from; the defaults are the process's. */
export interface LoadConfigOptions {
  readonly argv?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly random?: RandomSource;
}

/** Lists the schema violations of `value`, one per line, as `path: message`. */
function violations(schema: typeof SettingsSchema | typeof SettingsFileSchema, value: unknown): string {
  return Value.Errors(schema, value)
    .map((e) => `${e.instancePath || '/'}: ${e.message}`)
    .join('; ');
}

/** Reads a JSON config file; relative paths in it are relative to the file. */
export function readSettingsFile(file: string): SettingsFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`config file ${file}: ${(error as Error).message}`);
  }
  if (!Value.Check(SettingsFileSchema, parsed)) {
    throw new ConfigError(`config file ${file}: ${violations(SettingsFileSchema, parsed)}`);
  }
  const base = dirname(file);
  const at = (p: string): string => resolve(base, p);
  const settings: SettingsFile = { ...parsed };
  if (parsed.dataDirectory !== undefined) settings.dataDirectory = at(parsed.dataDirectory);
  if (parsed.codePepperFile !== undefined) settings.codePepperFile = at(parsed.codePepperFile);
  if (parsed.trustAnchorFiles !== undefined) settings.trustAnchorFiles = parsed.trustAnchorFiles.map(at);
  if (parsed.testRootFiles !== undefined) settings.testRootFiles = parsed.testRootFiles.map(at);
  if (parsed.databaseUrl?.startsWith('sqlite:'))
    settings.databaseUrl = `sqlite:${at(parsed.databaseUrl.slice('sqlite:'.length))}`;
  return settings;
}

/**
 * The settings from the defaults, overridden by the config file, overridden by the environment
 * (each layer only where it sets a key), then checked against {@link SettingsSchema}.
 */
export function resolveSettings(file: SettingsFile, environment: SettingsFile): ServiceSettings {
  const base = defaultSettings();
  const explicit = { ...file, ...environment, ocsp: { ...file.ocsp, ...environment.ocsp } };
  const merged = { ...base, ...explicit, ocsp: { ...base.ocsp, ...explicit.ocsp } };
  const settings = { ...derivedDefaults(merged), ...merged };
  if (!Value.Check(SettingsSchema, settings)) {
    throw new ConfigError(`invalid settings: ${violations(SettingsSchema, settings)}`);
  }
  if (new URL(settings.origin).origin !== settings.origin) {
    throw new ConfigError(`origin ${settings.origin}: use scheme://host[:port], lower-case, no path`);
  }
  return settings;
}

/**
 * The service's configuration: defaults ← the JSON file of `--config FILE` or
 * `EIDW_SERVICE_CONFIG` ← `EIDW_*` variables (server/README.md), plus the code pepper.
 * Throws {@link ConfigError} with the offending key.
 */
export function loadConfig(options: LoadConfigOptions = {}): ServiceConfig {
  const { argv = process.argv.slice(2), env = process.env, cwd = process.cwd() } = options;
  const flag = argv.indexOf('--config');
  const configPath = flag >= 0 ? argv[flag + 1] : env.EIDW_SERVICE_CONFIG;
  if (flag >= 0 && configPath === undefined) throw new ConfigError('--config needs a file name');
  const file = configPath ? readSettingsFile(resolve(cwd, configPath)) : {};
  const settings = resolveSettings(file, settingsFromEnvironment(env, cwd));
  const codePepper = loadPepper(settings, env.EIDW_CODE_PEPPER, options.random ?? cryptoRandom);
  return { ...settings, codePepper };
}
