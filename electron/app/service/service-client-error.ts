import type { ApiErrorCode } from '../../../common/api/error-codes.ts';

/**
 * Why a call to the registration service failed, as a stable code the flow (and, through it,
 * the renderer's words) can switch on (style rule 6: errors are data with a category).
 */
export const SERVICE_CLIENT_ERROR_CODES = [
  'invalid-url', // the configured service URL is unusable (plain http to a non-loopback host, …)
  'unreachable', // no connection, or it broke before a whole answer arrived
  'timeout', // no connection or no whole answer in time (or the service answered 408)
  'tls', // the TLS handshake failed: untrusted or mismatching certificate, no common protocol
  'cancelled', // the caller's AbortSignal fired
  'bad-response', // an answer that is not the API's: off-schema, not JSON, too large, redirect
  'rate-limited', // 429: too many attempts; `retryAfterMs` says how long to wait when known
  'rejected', // a 4xx refusal; `apiCode` is the service's error code when the body had one
  'server-error', // a 5xx answer; `apiCode` as above
] as const;

/** One of {@link SERVICE_CLIENT_ERROR_CODES}. */
export type ServiceClientErrorCode = (typeof SERVICE_CLIENT_ERROR_CODES)[number];

/** What a {@link ServiceClientError} is made of. Nothing here may carry personal data or secrets. */
export interface ServiceClientErrorInit {
  readonly code: ServiceClientErrorCode;
  /** The client method that failed (`submitApplication`), never its URL: paths hold session ids. */
  readonly operation: string;
  readonly status?: number;
  readonly apiCode?: ApiErrorCode;
  readonly triesLeft?: number;
  readonly retryAfterMs?: number;
  /** A low-level reason: a Node error code (`ECONNREFUSED`), `connect`/`response`, `too-large`. */
  readonly reason?: string;
}

/** Fixed English texts for developers and logs; user interfaces map `code` (and `apiCode`). */
const MESSAGES: Readonly<Record<ServiceClientErrorCode, string>> = {
  'invalid-url': 'the service URL is not allowed',
  unreachable: 'the service could not be reached',
  timeout: 'the service did not answer in time',
  tls: 'the secure connection to the service failed',
  cancelled: 'the request was cancelled',
  'bad-response': 'the service answered something that is not the API',
  'rate-limited': 'the service asks to slow down',
  rejected: 'the service refused the request',
  'server-error': 'the service failed',
};

/** Codes whose failure is transient: the same request may succeed later. */
const TRANSIENT: ReadonlySet<ServiceClientErrorCode> = new Set(['unreachable', 'timeout', 'rate-limited']);

/** 5xx statuses that mean "try again": a gateway without an upstream, or the service busy. */
export const TRANSIENT_SERVER_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/**
 * A failed call to the registration service. The message is built only from fixed texts, the
 * operation name, the HTTP status and the service's error code, so an error can be logged or
 * shown as is: no request body, token, session id, poll token, national number or e-mail ever
 * gets in (the service's own `message` is not copied either).
 *
 * `retryable` says whether the failure is transient (the service may answer differently
 * later), not whether repeating this particular call is safe: authenticating or binding a code
 * is never repeated automatically (see `service-endpoints.ts`).
 */
export class ServiceClientError extends Error {
  override readonly name = 'ServiceClientError';
  readonly code: ServiceClientErrorCode;
  readonly operation: string;
  readonly retryable: boolean;
  /** The HTTP status, when an answer arrived. */
  readonly status: number | undefined;
  /** The service's error code (`code-invalid`, `nonce-used`, …), when the body was `ApiErrorBody`. */
  readonly apiCode: ApiErrorCode | undefined;
  /** With `code-invalid`: wrong codes left in the session. */
  readonly triesLeft: number | undefined;
  /** From `Retry-After`, when the service sent one. */
  readonly retryAfterMs: number | undefined;
  readonly reason: string | undefined;

  constructor(init: ServiceClientErrorInit) {
    const facts = [init.status === undefined ? '' : `HTTP ${init.status}`, init.apiCode ?? ''].filter(
      Boolean,
    );
    super(`${init.operation}: ${MESSAGES[init.code]}${facts.length ? ` (${facts.join(', ')})` : ''}`);
    this.code = init.code;
    this.operation = init.operation;
    this.status = init.status;
    this.apiCode = init.apiCode;
    this.triesLeft = init.triesLeft;
    this.retryAfterMs = init.retryAfterMs;
    this.reason = init.reason;
    this.retryable =
      TRANSIENT.has(init.code) ||
      (init.code === 'server-error' &&
        init.status !== undefined &&
        TRANSIENT_SERVER_STATUSES.has(init.status));
  }
}

/** Whether `error` is a {@link ServiceClientError}, optionally with code `code`. */
export function isServiceClientError(
  error: unknown,
  code?: ServiceClientErrorCode,
): error is ServiceClientError {
  return error instanceof ServiceClientError && (code === undefined || error.code === code);
}
