/**
 * Why the configuration could not be loaded (architecture.md "Configuration"). The app shows
 * the error and does not start: it never runs with half a configuration.
 */
export const CONFIG_ERROR_CODES = [
  'bad-flag', // `--config` without a file name
  'not-found', // an explicit file (`--config`, EID_WIZARD_CONFIG) that does not exist
  'unreadable', // the file exists but cannot be read (permissions, a folder, an I/O error)
  'too-large', // over MAX_CONFIG_BYTES: not a configuration file
  'not-json', // not UTF-8 JSON
  'invalid', // JSON that breaks the schema: `problems` says where and what was expected
] as const;

/** One of {@link CONFIG_ERROR_CODES}. */
export type ConfigErrorCode = (typeof CONFIG_ERROR_CODES)[number];

/** One bad value: where it is (RFC 6901 JSON pointer, `''` for the whole file) and what fits there. */
export interface ConfigProblem {
  readonly pointer: string;
  /** Our own text (`an integer number of seconds from 20 to 3600`), never the value found. */
  readonly expected: string;
}

/** What a {@link ConfigError} is made of. */
export interface ConfigErrorInit {
  readonly code: ConfigErrorCode;
  /** The file, when one was involved. */
  readonly path?: string;
  readonly problems?: readonly ConfigProblem[];
  /** A low-level reason: a Node error code (`EACCES`), `utf-8`. */
  readonly reason?: string;
  readonly cause?: unknown;
}

/** Fixed English texts for logs and the start-up error box. */
const MESSAGES: Readonly<Record<ConfigErrorCode, string>> = {
  'bad-flag': '--config needs a file name',
  'not-found': 'the configuration file does not exist',
  unreadable: 'the configuration file cannot be read',
  'too-large': 'the configuration file is too large',
  'not-json': 'the configuration file is not valid JSON',
  invalid: 'the configuration file has invalid settings',
};

/**
 * A configuration the app refuses to start with. The message is made of fixed texts, the
 * file's path, and for `invalid` each problem's pointer and expected shape: never the file's
 * content (it may hold anything, and JSON.parse's own message quotes it).
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code: ConfigErrorCode;
  readonly path: string | undefined;
  readonly problems: readonly ConfigProblem[];
  readonly reason: string | undefined;

  constructor(init: ConfigErrorInit) {
    const problems = init.problems ?? [];
    const where = init.path === undefined ? '' : ` (${init.path})`;
    const list = problems.map((p) => `\n  ${p.pointer || '(the file)'}: expected ${p.expected}`).join('');
    super(`${MESSAGES[init.code]}${where}${list}`, init.cause === undefined ? {} : { cause: init.cause });
    this.code = init.code;
    this.path = init.path;
    this.problems = problems;
    this.reason = init.reason;
  }
}

/** Whether `error` is a {@link ConfigError}, optionally with code `code`. */
export function isConfigError(error: unknown, code?: ConfigErrorCode): error is ConfigError {
  return error instanceof ConfigError && (code === undefined || error.code === code);
}
