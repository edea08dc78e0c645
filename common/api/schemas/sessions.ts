import { Type, type Static } from 'typebox';
import { Base64Schema, describedId, IdSchema, TimestampSchema } from './primitives.ts';

/**
 * The desktop API, one session per person at the computer (registration-flow.md "Desktop
 * side"): open a session, authenticate with a Web eID token, bind the registration code, then
 * submit the application (submission.ts). The session id is a reference of 128 random bits in
 * the UUID layout; it travels in the path, so treat it like a bearer token (never log it, never
 * put it in a link). Authentication replaces it with a new one (ASVS 5.0 7.2.4).
 */

/** The answer to `POST /sessions`. */
export const OpenSessionResponseSchema = Type.Object(
  {
    sessionId: IdSchema,
    nonce: Type.String({
      minLength: 44,
      maxLength: 44,
      description: 'The challenge to sign: 32 random bytes, base64. Single use.',
    }),
    expiresAt: TimestampSchema('When the nonce expires (at most 5 minutes).'),
    sessionExpiresAt: TimestampSchema('When the session itself expires.'),
  },
  { additionalProperties: false, description: 'The session was opened: sign its nonce.' },
);
export type OpenSessionResponse = Static<typeof OpenSessionResponseSchema>;

/** The Web eID authentication token, format `web-eid:1.0` (pki-and-signing.md §5.1). */
export const WebEidTokenSchema = Type.Object(
  {
    unverifiedCertificate: Type.String({
      minLength: 1,
      maxLength: 10_000,
      description: 'Base64 DER of the authentication certificate.',
    }),
    algorithm: Type.String({ minLength: 1, maxLength: 16, description: '`RS256` or `ES384`.' }),
    signature: Type.String({
      minLength: 1,
      maxLength: 2_048,
      description: 'Base64 signature over H(origin) ‖ H(nonce).',
    }),
    format: Type.String({ minLength: 1, maxLength: 32, description: '`web-eid:1.0`.' }),
    appVersion: Type.Optional(Type.String({ maxLength: 512 })),
  },
  { additionalProperties: false },
);
export type WebEidTokenBody = Static<typeof WebEidTokenSchema>;

/** The body of `POST /sessions/:id/authenticate`. */
export const AuthenticateRequestSchema = Type.Object(
  {
    nonce: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'The nonce of `POST /sessions`, echoed (the service keeps only its hash).',
    }),
    token: WebEidTokenSchema,
    caCertificate: Base64Schema(8_192, 'DER of the CA that issued the authentication certificate.'),
  },
  { additionalProperties: false },
);
export type AuthenticateRequest = Static<typeof AuthenticateRequestSchema>;

/** The answer to a successful authentication: the session's new id. */
export const AuthenticateResponseSchema = Type.Object(
  {
    sessionId: describedId('The new session id; the old one is closed (ASVS 5.0 7.2.4).'),
    sessionExpiresAt: TimestampSchema('When the session expires.'),
  },
  { additionalProperties: false, description: 'Authenticated: continue with the new session id.' },
);
export type AuthenticateResponse = Static<typeof AuthenticateResponseSchema>;

/** The body of `POST /sessions/:id/code`. */
export const BindCodeRequestSchema = Type.Object(
  {
    code: Type.String({
      minLength: 1,
      maxLength: 32,
      description: 'As typed: case, spaces, dashes, O for 0 and I/L for 1 are tolerated.',
    }),
  },
  { additionalProperties: false },
);
export type BindCodeRequest = Static<typeof BindCodeRequestSchema>;

/** The answer to a bound code. */
export const BindCodeResponseSchema = Type.Object(
  {
    enrolmentId: IdSchema,
    expiresAt: TimestampSchema('When the code expires: submit before then (show a countdown).'),
  },
  { additionalProperties: false, description: 'The code is bound to the session.' },
);
export type BindCodeResponse = Static<typeof BindCodeResponseSchema>;
