import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';
import type { ApiErrorBody } from '../../../common/api/error-codes.ts';
import { ApiErrorSchema } from '../../../common/api/schemas/primitives.ts';
import { parseRetryAfter } from './retry-policy.ts';
import type { RawAnswer } from './send-request.ts';
import { ServiceClientError, type ServiceClientErrorCode } from './service-client-error.ts';

/** What a call accepts as success: its 2xx statuses and the schema of their body. */
export interface ExpectedAnswer<S extends TSchema> {
  readonly success: readonly number[];
  readonly schema: S;
}

/** The JSON of a body, or undefined when it is not UTF-8 JSON. */
function parseJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    return undefined;
  }
}

/** The error part of an `ApiErrorBody` (with `triesLeft`), when `json` is one. */
function apiErrorOf(json: unknown): (ApiErrorBody['error'] & { readonly triesLeft?: number }) | undefined {
  return Value.Check(ApiErrorSchema, json) ? json.error : undefined;
}

/** The client error code of a non-2xx status. */
function errorCodeOfStatus(status: number): ServiceClientErrorCode {
  if (status === 429) return 'rate-limited';
  if (status === 408) return 'timeout';
  if (status >= 400 && status < 500) return 'rejected';
  if (status >= 500 && status < 600) return 'server-error';
  return 'bad-response';
}

/**
 * Interprets a whole answer to `operation` against the shared API contract (common/api):
 *
 * - an expected 2xx whose body passes `expected.schema` → the body, typed;
 * - any other 2xx, or one whose body is not JSON or fails the schema → `bad-response`;
 * - 429 → `rate-limited`; 408 → `timeout`; other 4xx → `rejected`; 5xx → `server-error`, each
 *   with the service's `apiCode` (and `triesLeft`) when the body is an `ApiErrorBody`, and
 *   `Retry-After` when sent. The service's `message` is not kept (it is for developers, and it
 *   could one day echo a field);
 * - 1xx/3xx (a redirect is never followed: it could send the body elsewhere) → `bad-response`.
 */
export function readAnswer<S extends TSchema>(
  operation: string,
  answer: RawAnswer,
  expected: ExpectedAnswer<S>,
  nowMs: number = Date.now(),
): Static<S> {
  const { status } = answer;
  if (status >= 200 && status < 300) {
    const bad = (reason: string) =>
      new ServiceClientError({ code: 'bad-response', operation, status, reason });
    if (!expected.success.includes(status)) throw bad('status');
    const json = parseJson(answer.body);
    if (json === undefined) throw bad('not-json');
    if (!Value.Check(expected.schema, json)) throw bad('off-schema');
    return json;
  }
  const apiError = status >= 400 ? apiErrorOf(parseJson(answer.body)) : undefined;
  const retryAfterMs = parseRetryAfter(answer.headers['retry-after'], nowMs);
  const code = errorCodeOfStatus(status);
  throw new ServiceClientError({
    code,
    operation,
    status,
    apiCode: apiError?.code,
    triesLeft: apiError?.triesLeft,
    retryAfterMs,
    reason: code === 'bad-response' ? 'status' : undefined,
  });
}
