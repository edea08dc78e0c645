import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { homedir } from 'node:os';
import type { AppConfig } from './app-config-schema.ts';
import { ConfigError } from './config-error.ts';
import { resolveConfigSource, type ConfigSourceKind } from './config-locations.ts';
import { resolveAppConfig } from './resolve-app-config.ts';

/** A config file is a few hundred bytes; anything over 64 KiB is not one (and is not parsed). */
export const MAX_CONFIG_BYTES = 64 * 1024;

/** What {@link loadAppConfig} reads; each default is this process's. Tests inject all of it. */
export interface LoadAppConfigOptions {
  readonly argv?: readonly string[];
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly platform?: NodeJS.Platform;
  readonly homedir?: string;
  readonly cwd?: string;
  readonly exists?: (path: string) => boolean;
  /**
   * The file's bytes; may stop after `limit + 1` bytes (enough to know it is too large). Throws
   * a Node error (`code` `ENOENT`, `EACCES`, `EISDIR`, …) when it cannot.
   */
  readonly readFile?: (path: string, limit: number) => Uint8Array;
}

/** The configuration, and where it came from (for the log and the `doctor`). */
export interface LoadedAppConfig {
  readonly config: AppConfig;
  readonly source: ConfigSourceKind;
  /** The file read; absent for `defaults`. */
  readonly path?: string;
}

/** Reads at most `limit + 1` bytes of `path`, so a huge file is never loaded whole. */
export function readFileBounded(path: string, limit: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(limit + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** The file's JSON value; throws `not-found`, `unreadable`, `too-large` or `not-json`. */
export function readConfigFile(path: string, readFile: LoadAppConfigOptions['readFile']): unknown {
  let bytes: Uint8Array;
  try {
    bytes = (readFile ?? readFileBounded)(path, MAX_CONFIG_BYTES);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException | undefined)?.code;
    const code = reason === 'ENOENT' ? 'not-found' : 'unreadable';
    throw new ConfigError({ code, path, ...(typeof reason === 'string' ? { reason } : {}) });
  }
  if (bytes.length > MAX_CONFIG_BYTES) throw new ConfigError({ code: 'too-large', path });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a BOM (Notepad's)
  } catch {
    throw new ConfigError({ code: 'not-json', path, reason: 'utf-8' });
  }
  try {
    return JSON.parse(text);
  } catch {
    // Not kept as the cause: V8's message quotes the text around the error.
    throw new ConfigError({ code: 'not-json', path });
  }
}

/**
 * The app's configuration (architecture.md "Configuration"; docs/configuration.md): the file
 * {@link resolveConfigSource} picks, merged over the defaults and checked whole. Throws
 * {@link ConfigError}; the shell shows it and does not start. Synchronous: it runs once,
 * before the first window, and the file is small.
 */
export function loadAppConfig(options: LoadAppConfigOptions = {}): LoadedAppConfig {
  const platform = options.platform ?? process.platform;
  const source = resolveConfigSource({
    argv: options.argv ?? process.argv,
    env: options.env ?? process.env,
    platform,
    homedir: options.homedir ?? homedir(),
    cwd: options.cwd ?? process.cwd(),
    exists: options.exists ?? existsSync,
  });
  if (source.kind === 'defaults') return { config: resolveAppConfig({}, { platform }), source: 'defaults' };
  const file = readConfigFile(source.path, options.readFile);
  const config = resolveAppConfig(file, { path: source.path, platform });
  return { config, source: source.kind, path: source.path };
}
