import { delimiter, resolve } from 'node:path';
import { ConfigError } from './config-error.ts';
import type { SettingsFile } from './settings.ts';

type Parse = (value: string, cwd: string) => unknown;

const integer: Parse = (value) => {
  if (!/^\d+$/.test(value.trim())) throw new Error('not a whole number');
  return Number(value.trim());
};
const boolean: Parse = (value) => {
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new Error('not a boolean (true/false)');
};
const text: Parse = (value) => value.trim();
const path: Parse = (value, cwd) => resolve(cwd, value.trim());
const paths: Parse = (value, cwd) =>
  value
    .split(delimiter)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => resolve(cwd, p));
const databaseUrl: Parse = (value, cwd) => {
  const v = value.trim();
  return v.startsWith('sqlite:') ? `sqlite:${resolve(cwd, v.slice('sqlite:'.length))}` : v;
};

/**
 * The environment variables and the setting each overrides (`ocsp.url` is nested). Relative
 * paths are resolved against the working directory; lists are separated like PATH.
 */
export const ENVIRONMENT_VARIABLES: ReadonlyArray<readonly [name: string, key: string, parse: Parse]> = [
  ['EIDW_SERVICE_HOST', 'host', text],
  ['EIDW_SERVICE_PORT', 'port', integer],
  ['EIDW_SERVICE_ORIGIN', 'origin', text],
  ['EIDW_DATABASE_URL', 'databaseUrl', databaseUrl],
  ['EIDW_DATA_DIR', 'dataDirectory', path],
  ['EIDW_TRUST_ANCHORS', 'trustAnchorFiles', paths],
  ['EIDW_TEST_ROOTS', 'testRootFiles', paths],
  ['EIDW_CODE_LIFETIME_SECONDS', 'codeLifetimeSeconds', integer],
  ['EIDW_NONCE_LIFETIME_SECONDS', 'nonceLifetimeSeconds', integer],
  ['EIDW_SESSION_LIFETIME_SECONDS', 'sessionLifetimeSeconds', integer],
  ['EIDW_MAX_WRONG_CODE_TRIES', 'maxWrongCodeTries', integer],
  ['EIDW_CODE_ATTEMPTS_PER_MINUTE', 'codeAttemptsPerMinute', integer],
  ['EIDW_BODY_LIMIT_BYTES', 'bodyLimitBytes', integer],
  ['EIDW_PURGE_INTERVAL_SECONDS', 'purgeIntervalSeconds', integer],
  ['EIDW_OCSP', 'ocsp.enabled', boolean],
  ['EIDW_OCSP_URL', 'ocsp.url', text],
  ['EIDW_OCSP_TIMEOUT_MS', 'ocsp.timeoutMs', integer],
  ['EIDW_OCSP_FAIL_CLOSED', 'ocsp.failClosed', boolean],
  ['EIDW_TRUST_PROXY', 'trustProxy', boolean],
  ['EIDW_LOG_LEVEL', 'logLevel', text],
  ['EIDW_CODE_PEPPER_FILE', 'codePepperFile', path],
];

/** The settings the environment sets (unset and empty variables set nothing). */
export function settingsFromEnvironment(env: NodeJS.ProcessEnv, cwd: string): SettingsFile {
  const settings: Record<string, unknown> = {};
  for (const [name, key, parse] of ENVIRONMENT_VARIABLES) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    let value: unknown;
    try {
      value = parse(raw, cwd);
    } catch (error) {
      throw new ConfigError(`${name}: ${(error as Error).message}`);
    }
    const [outer, inner] = key.split('.') as [string, string | undefined];
    if (inner === undefined) settings[outer] = value;
    else settings[outer] = { ...(settings[outer] as object | undefined), [inner]: value };
  }
  return settings as SettingsFile;
}
