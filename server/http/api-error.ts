import type { ApiErrorCode } from '../../common/api/error-codes.ts';
import { ERROR_CATALOGUE } from './error-catalogue.ts';

/**
 * A refusal with a stable code, thrown by routes and turned into
 * `{ error: { code, message } }` with the catalogue's status by the error handler.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly statusCode: number;
  /** Extra fields of the error body (`triesLeft`). */
  readonly details: { readonly triesLeft?: number };
  /** Seconds for a `Retry-After` header. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ApiErrorCode,
    extra: { details?: { triesLeft?: number }; retryAfterSeconds?: number } = {},
  ) {
    super(ERROR_CATALOGUE[code].message);
    this.code = code;
    this.statusCode = ERROR_CATALOGUE[code].status;
    this.details = extra.details ?? {};
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }
}
