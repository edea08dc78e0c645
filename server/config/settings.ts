import { Type, type Static } from 'typebox';

/** OCSP checking of the card certificates (pki-and-signing.md §2.4); off by default. */
export const OcspSettingsSchema = Type.Object(
  {
    enabled: Type.Boolean(),
    /** A designated responder instead of the certificates' AIA, e.g. `http://ocsp.eid.belgium.be`. */
    url: Type.Optional(Type.String({ pattern: '^https?://' })),
    timeoutMs: Type.Integer({ minimum: 100, maximum: 60_000 }),
    /** Refuse a certificate whose status cannot be obtained (`certificate-revocation-unknown`). */
    failClosed: Type.Boolean(),
  },
  { additionalProperties: false },
);

/**
 * Everything the service can be configured with (server/README.md lists each key with its
 * environment variable). Paths are absolute once loaded. Bounds keep the security limits of
 * pki-and-signing.md §5.1/§6.1: a nonce lives at most 5 minutes, a session allows at most 5
 * wrong codes.
 */
export const SettingsSchema = Type.Object(
  {
    host: Type.String({ minLength: 1 }),
    port: Type.Integer({ minimum: 0, maximum: 65_535 }),
    /** The origin the Web eID token is signed for: `https://host[:port]`, no trailing slash. */
    origin: Type.String({ pattern: '^https?://[^/?#\\s]+$' }),
    /** `sqlite:<path>` or `postgres://…`. */
    databaseUrl: Type.String({ minLength: 1 }),
    dataDirectory: Type.String({ minLength: 1 }),
    /** PEM files of Belgian roots; each must match a pin of common/pki/belgian-roots.ts. */
    trustAnchorFiles: Type.Array(Type.String({ minLength: 1 })),
    /** PEM files of test roots, trusted without a pin: only for test cards. */
    testRootFiles: Type.Array(Type.String({ minLength: 1 })),
    codeLifetimeSeconds: Type.Integer({ minimum: 60, maximum: 3_600 }),
    nonceLifetimeSeconds: Type.Integer({ minimum: 10, maximum: 300 }),
    sessionLifetimeSeconds: Type.Integer({ minimum: 60, maximum: 7_200 }),
    maxWrongCodeTries: Type.Integer({ minimum: 1, maximum: 5 }),
    codeAttemptsPerMinute: Type.Integer({ minimum: 1, maximum: 1_000 }),
    /** How often expired codes and sessions are purged; 0 never. */
    purgeIntervalSeconds: Type.Integer({ minimum: 0, maximum: 86_400 }),
    bodyLimitBytes: Type.Integer({ minimum: 1_024, maximum: 16 * 1_024 * 1_024 }),
    ocsp: OcspSettingsSchema,
    /** Trust `X-Forwarded-For` for the client address (behind a reverse proxy only). */
    trustProxy: Type.Boolean(),
    logLevel: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { type: 'string' }),
    /** Where the pepper is kept when `EIDW_CODE_PEPPER` is not set; created when absent. */
    codePepperFile: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);

/** The service's settings. */
export type ServiceSettings = Static<typeof SettingsSchema>;

/** A JSON config file: any subset of the settings, unknown keys refused. */
export const SettingsFileSchema = Type.Object(
  {
    ...Type.Partial(SettingsSchema).properties,
    ocsp: Type.Optional(Type.Partial(OcspSettingsSchema, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

/** The contents of a config file. */
export type SettingsFile = Static<typeof SettingsFileSchema>;

/** The settings plus the secret derived from them: what the app plugin receives. */
export interface ServiceConfig extends ServiceSettings {
  /** The key of the registration-code and poll-token hashes (≥ 32 bytes). */
  readonly codePepper: Uint8Array;
}
