import { posix, win32 } from 'node:path';
import type { AppConfig, AppMode } from './app-config-schema.ts';
import { configProblems } from './config-problems.ts';
import { ConfigError } from './config-error.ts';
import { DEFAULT_APP_CONFIG, DEFAULT_IDLE_TIMEOUT_SECONDS } from './default-app-config.ts';

/** Where the file came from, for relative `testRoots` and for the error. */
export interface ResolveAppConfigOptions {
  /** The file's path; relative `testRoots` are relative to its folder. */
  readonly path?: string;
  /** Whose path rules apply (`win32` or POSIX); default this process's. */
  readonly platform?: NodeJS.Platform;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The file's settings over the defaults: each key the file has replaces the default, and the
 * nested `kiosk`/`assisted` objects are merged one level deep (a file may set only
 * `kiosk.doneResetSeconds`). Without `idleTimeoutSeconds`, the mode's default applies.
 */
export function mergeOverDefaults(file: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...DEFAULT_APP_CONFIG, ...file };
  for (const key of ['kiosk', 'assisted'] as const)
    if (isObject(file[key])) merged[key] = { ...DEFAULT_APP_CONFIG[key], ...file[key] };
  if (merged.idleTimeoutSeconds === undefined) {
    const mode = Object.hasOwn(DEFAULT_IDLE_TIMEOUT_SECONDS, String(merged.mode)) ? merged.mode : 'personal';
    merged.idleTimeoutSeconds = DEFAULT_IDLE_TIMEOUT_SECONDS[mode as AppMode];
  }
  return merged;
}

/** `value` and everything in it frozen. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The checked configuration from a config file's parsed JSON (`{}` for none): merged over the
 * defaults ({@link mergeOverDefaults}), checked whole (schema and cross-key rules,
 * docs/configuration.md), relative `testRoots` made absolute, and frozen. Throws
 * {@link ConfigError} `invalid` listing every problem; nothing half-valid is returned.
 */
export function resolveAppConfig(file: unknown, options: ResolveAppConfigOptions = {}): AppConfig {
  const fail = (problems: ConfigError['problems']): never => {
    throw new ConfigError({ code: 'invalid', problems, ...(options.path ? { path: options.path } : {}) });
  };
  if (!isObject(file)) return fail([{ pointer: '', expected: 'a JSON object of settings' }]);
  const merged = mergeOverDefaults(file);
  const problems = configProblems(merged);
  if (problems.length > 0) return fail(problems);
  const config = merged as unknown as AppConfig;
  const paths = (options.platform ?? process.platform) === 'win32' ? win32 : posix;
  const base = options.path === undefined ? undefined : paths.dirname(options.path);
  const testRoots = config.testRoots.map((root) =>
    base === undefined || paths.isAbsolute(root) ? root : paths.join(base, root),
  );
  return deepFreeze({ ...config, testRoots });
}
