/**
 * Stable, machine-readable error codes of the registration service API (registration-flow.md:
 * "anything it rejects gets a stable error code"). The wizard maps each to its own words; the
 * service never sends stack traces. Add codes, never rename them: integrators match on them.
 */
export const API_ERROR_CODES = [
  // Request shape
  'bad-request', // malformed JSON, schema violation, unknown field
  'unsupported-media-type',
  'payload-too-large',
  'malformed-base64',
  'malformed-der',
  'not-found',
  'rate-limited',
  'internal-error',
  // Enrolments (phone side)
  'enrolment-not-found',
  'enrolment-expired',
  'enrolment-wrong-state',
  'poll-token-invalid',
  // Sessions (desktop side)
  'session-not-found',
  'session-expired',
  'session-closed',
  'session-wrong-state',
  'nonce-expired',
  'nonce-used',
  // Authentication (Web eID token)
  'token-malformed',
  'token-format-unsupported',
  'token-algorithm-unsupported',
  'token-signature-invalid',
  'origin-mismatch',
  // Certificates
  'certificate-malformed',
  'certificate-untrusted',
  'certificate-expired',
  'certificate-not-yet-valid',
  'certificate-wrong-key-usage',
  'certificate-revoked',
  'certificate-revocation-unknown',
  'certificate-subject-mismatch',
  // Registration code
  'code-invalid',
  'code-expired',
  'code-tries-exhausted',
  // Submission
  'identity-signature-invalid',
  'address-signature-invalid',
  'photo-hash-mismatch',
  'rrn-certificate-untrusted',
  'national-number-mismatch',
  'signature-invalid',
  'signature-attributes-invalid',
  'application-malformed',
  'application-mismatch',
  // Appended with the service (issue #4)
  'nonce-invalid', // the echoed nonce is not the session's
  'code-malformed', // not 5 symbols of the registration-code alphabet (not counted as a try)
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The body of every error answer. `message` is English for developers; UIs use `code`. */
export interface ApiErrorBody {
  readonly error: { readonly code: ApiErrorCode; readonly message: string };
}
