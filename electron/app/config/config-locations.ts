import { posix, win32 } from 'node:path';
import { ConfigError } from './config-error.ts';

/** The environment variable naming the config file (docs/configuration.md "Where the file is"). */
export const CONFIG_VARIABLE = 'EID_WIZARD_CONFIG';

/** The command-line flag naming the config file: `--config <path>` or `--config=<path>`. */
export const CONFIG_FLAG = '--config';

/** What the locations depend on; pass `process.platform`, `process.env`, `os.homedir()`. */
export interface ConfigLocationInput {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homedir: string;
}

/** The two places the app looks for its file when none is named. */
export interface ConfigLocations {
  /** The administrator's file, for every user of the machine (a kiosk fleet deploys this one). */
  readonly system: string;
  /** The user's own file. */
  readonly user: string;
}

/** `value` when it is an absolute path, else undefined (XDG: a relative value is to be ignored). */
function absolute(value: string | undefined, isAbsolute: (path: string) => boolean): string | undefined {
  return value !== undefined && value !== '' && isAbsolute(value) ? value : undefined;
}

/**
 * Where the system and user config files are on `platform` (docs/configuration.md): Windows
 * `%ProgramData%` and `%APPDATA%` under `eID Wizard`, macOS `/Library` and `~/Library`
 * `Application Support/eID Wizard`, anything else `/etc/eid-wizard` and
 * `$XDG_CONFIG_HOME/eid-wizard` (default `~/.config`, XDG Base Directory spec).
 */
export function configLocations(input: ConfigLocationInput): ConfigLocations {
  const { platform, env, homedir } = input;
  if (platform === 'win32') {
    const programData = absolute(env.ProgramData ?? env.PROGRAMDATA, win32.isAbsolute) ?? 'C:\\ProgramData';
    const appData =
      absolute(env.APPDATA ?? env.AppData, win32.isAbsolute) ?? win32.join(homedir, 'AppData', 'Roaming');
    return {
      system: win32.join(programData, 'eID Wizard', 'config.json'),
      user: win32.join(appData, 'eID Wizard', 'config.json'),
    };
  }
  if (platform === 'darwin') {
    return {
      system: '/Library/Application Support/eID Wizard/config.json',
      user: posix.join(homedir, 'Library', 'Application Support', 'eID Wizard', 'config.json'),
    };
  }
  const configHome = absolute(env.XDG_CONFIG_HOME, posix.isAbsolute) ?? posix.join(homedir, '.config');
  return { system: '/etc/eid-wizard/config.json', user: posix.join(configHome, 'eid-wizard', 'config.json') };
}

/** Where the configuration comes from: `defaults` means no file at all. */
export type ConfigSourceKind = 'flag' | 'env' | 'system' | 'user' | 'defaults';

/** The file to read, and why that one. */
export type ConfigSource =
  | { readonly kind: 'flag' | 'env' | 'system' | 'user'; readonly path: string }
  | { readonly kind: 'defaults' };

/** What {@link resolveConfigSource} looks at. */
export interface ResolveConfigSourceInput extends ConfigLocationInput {
  /** The command line (all of it is scanned, up to a `--`). */
  readonly argv: readonly string[];
  /** Whether a file exists there (e.g. `fs.existsSync`). */
  readonly exists: (path: string) => boolean;
  /** Relative `--config` and EID_WIZARD_CONFIG paths are relative to this (e.g. `process.cwd()`). */
  readonly cwd: string;
}

/** The value of the last `--config`, or undefined; throws `bad-flag` when it has none. */
export function configFlag(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith(`${CONFIG_FLAG}=`)) value = arg.slice(CONFIG_FLAG.length + 1);
    else if (arg === CONFIG_FLAG) value = argv[++i];
    else continue;
    if (value === undefined || value === '' || value.startsWith('--'))
      throw new ConfigError({ code: 'bad-flag' });
  }
  return value;
}

/**
 * Which file configures this run (docs/configuration.md "Precedence"): `--config`, else
 * EID_WIZARD_CONFIG, else the system file when it exists (it wins over the user's, so a user
 * cannot override an administrator), else the user file when it exists, else none. A named
 * file (flag or variable) that does not exist is a `not-found` error, never a silent fallback.
 */
export function resolveConfigSource(input: ResolveConfigSourceInput): ConfigSource {
  const paths = input.platform === 'win32' ? win32 : posix;
  const flag = configFlag(input.argv);
  const variable = input.env[CONFIG_VARIABLE];
  const named =
    flag !== undefined
      ? ({ kind: 'flag', path: flag } as const)
      : variable
        ? ({ kind: 'env', path: variable } as const)
        : undefined;
  if (named !== undefined) {
    const path = paths.resolve(input.cwd, named.path);
    if (!input.exists(path)) throw new ConfigError({ code: 'not-found', path });
    return { kind: named.kind, path };
  }
  const { system, user } = configLocations(input);
  if (input.exists(system)) return { kind: 'system', path: system };
  if (input.exists(user)) return { kind: 'user', path: user };
  return { kind: 'defaults' };
}
