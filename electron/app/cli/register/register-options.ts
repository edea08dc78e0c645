import { isLanguage } from '../../../../common/i18n/languages.ts';
import { DEFAULT_SERVICE_URL } from '../../service/service-url.ts';

/** `parseArgs` options of `eid-wizard register` (merged with the other commands' in main.ts). */
export const REGISTER_OPTIONS = {
  service: { type: 'string' },
  origin: { type: 'string' },
  code: { type: 'string' },
  email: { type: 'string' },
  phone: { type: 'string' },
  yes: { type: 'boolean', default: false },
} as const;

export { DEFAULT_SERVICE_URL };

/** Options of one `register` run, checked. */
export interface RegisterOptions {
  readonly serviceUrl: string;
  /** The origin the authentication is signed for; default the service's. */
  readonly origin?: string;
  readonly reader?: string;
  readonly testRoots: readonly string[];
  readonly code?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly yes: boolean;
}

/** What `parseArgs` gives for the options `register` reads. */
export interface RegisterValues {
  readonly service?: string;
  readonly origin?: string;
  readonly reader?: string;
  readonly lang?: string;
  readonly 'test-roots'?: string[];
  readonly code?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly yes?: boolean;
  readonly json?: boolean;
  readonly photo?: string;
  readonly pem?: boolean;
}

/**
 * The checked options, or the name of the first wrong one (a usage error, exit 2): `--lang` must
 * be one of ours (`register` signs in that language, so a typo must not silently become
 * English), `--origin` an origin, and the options of `doctor`/`read` do not apply.
 */
export function registerOptions(values: RegisterValues): RegisterOptions | { wrong: string } {
  if (values.lang !== undefined && !isLanguage(values.lang)) return { wrong: '--lang' };
  if (values.origin !== undefined && !/^https?:\/\/[^/?#\s]+$/.test(values.origin))
    return { wrong: '--origin' };
  for (const other of ['json', 'photo', 'pem'] as const) if (values[other]) return { wrong: `--${other}` };
  return {
    serviceUrl: values.service ?? DEFAULT_SERVICE_URL,
    ...(values.origin === undefined ? {} : { origin: values.origin }),
    ...(values.reader === undefined ? {} : { reader: values.reader }),
    testRoots: values['test-roots'] ?? [],
    ...(values.code === undefined ? {} : { code: values.code }),
    ...(values.email === undefined ? {} : { email: values.email }),
    ...(values.phone === undefined ? {} : { phone: values.phone }),
    yes: values.yes ?? false,
  };
}
