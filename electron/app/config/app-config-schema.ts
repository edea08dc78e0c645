import { Type, type Static } from 'typebox';
import { LANGUAGES } from '../../../common/i18n/languages.ts';

/**
 * The schema of the app's one configuration file (architecture.md "Configuration";
 * docs/configuration.md lists every key). Each `description` is the expected shape a
 * {@link ConfigError} shows next to the JSON pointer of a bad value, so it is written for the
 * administrator who edits the file. Checks that span keys (the service URL's host, the idle
 * warning against the timeout, the default language against the list) are in
 * `config-problems.ts`.
 */
const Seconds = (minimum: number, maximum: number, description: string) =>
  Type.Integer({ minimum, maximum, description });

const Language = Type.Enum([...LANGUAGES], { description: `one of ${LANGUAGES.join(', ')}` });

/** `kiosk`: a public terminal (town hall, library). */
export const KioskConfigSchema = Type.Object(
  {
    /** After the "done" screen, back to the start after this long. */
    doneResetSeconds: Seconds(5, 3_600, 'an integer number of seconds from 5 to 3600'),
  },
  { additionalProperties: false, description: 'an object with doneResetSeconds' },
);

/** `assisted`: a counter where an operator helps the person. */
export const AssistedConfigSchema = Type.Object(
  {
    /** Where the operator's window goes: `auto` is the secondary display when there is one. */
    operatorDisplay: Type.Enum(['auto', 'primary', 'secondary'], {
      description: 'one of auto, primary, secondary',
    }),
  },
  { additionalProperties: false, description: 'an object with operatorDisplay' },
);

const fields = {
  serviceUrl: Type.String({
    minLength: 1,
    maxLength: 2_048,
    description: 'an https:// URL (http:// only to localhost, 127.0.0.1 or ::1), no query or credentials',
  }),
  mode: Type.Enum(['personal', 'kiosk', 'assisted'], { description: 'one of personal, kiosk, assisted' }),
  languages: Type.Array(Language, {
    minItems: 1,
    uniqueItems: true,
    description: `a non-empty list of distinct languages among ${LANGUAGES.join(', ')}`,
  }),
  defaultLanguage: Type.Optional(Language),
  idleTimeoutSeconds: Seconds(0, 86_400, 'an integer number of seconds from 0 (never) to 86400'),
  idleWarningSeconds: Seconds(20, 3_600, 'an integer number of seconds from 20 to 3600'),
  kiosk: KioskConfigSchema,
  assisted: AssistedConfigSchema,
  reader: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'a reader name of 1 to 200 characters' }),
  ),
  testRoots: Type.Array(Type.String({ minLength: 1, maxLength: 4_096 }), {
    maxItems: 16,
    description: 'a list of at most 16 PEM file paths',
  }),
  logLevel: Type.Enum(['error', 'warn', 'info', 'debug'], { description: 'one of error, warn, info, debug' }),
  helpUrl: Type.Optional(
    Type.String({ minLength: 1, maxLength: 2_048, description: 'an https:// URL without credentials' }),
  ),
  helpPhone: Type.Optional(
    Type.String({
      pattern: '^\\+?[0-9][0-9 ./()-]{2,30}$',
      description: 'a phone number of digits, spaces and + . / ( ) -',
    }),
  ),
};

/** A complete, checked configuration (after the file was merged over the defaults). */
export const AppConfigSchema = Type.Object(fields, { additionalProperties: false });

/** `T` with every object and array, however deep, read-only. */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The app's configuration, as the shell and the flow read it (frozen). Made by `loadAppConfig`. */
export type AppConfig = DeepReadonly<Static<typeof AppConfigSchema>>;

/** The app's modes (docs/configuration.md "mode"). */
export type AppMode = AppConfig['mode'];
