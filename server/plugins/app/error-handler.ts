import type { FastifyError, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { ApiErrorCode } from '../../../common/api/error-codes.ts';
import { API_ERROR_SCHEMA_ID, ApiErrorSchema } from '../../../common/api/schemas/primitives.ts';
import { ApiError } from '../../http/api-error.ts';
import { ERROR_CATALOGUE } from '../../http/error-catalogue.ts';

/** The error code for an error Fastify raised itself (parsing, limits, validation). */
function codeOfFastifyError(error: FastifyError): ApiErrorCode {
  if (error.validation !== undefined) return 'bad-request';
  switch (error.statusCode) {
    case 404:
      return 'not-found';
    case 413:
      return 'payload-too-large';
    case 415:
      return 'unsupported-media-type';
    case 429:
      return 'rate-limited';
    default:
      return error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500
        ? 'bad-request'
        : 'internal-error';
  }
}

/** Sends `{ error: { code, message } }` with the catalogue's status. */
function sendError(
  reply: FastifyReply,
  code: ApiErrorCode,
  message: string,
  triesLeft?: number,
): FastifyReply {
  const body = { error: triesLeft === undefined ? { code, message } : { code, message, triesLeft } };
  return reply.code(ERROR_CATALOGUE[code].status).type('application/json; charset=utf-8').send(body);
}

/**
 * The one place errors become answers (style rule 10: "the error handler hides 5xx"):
 * `ApiError` keeps its code; Fastify's own errors map to `bad-request`, `payload-too-large`,
 * `unsupported-media-type`; validation errors keep Fastify's message, which names the field
 * but never echoes its value; anything else is logged and answered `internal-error` with a
 * fixed message, no stack and no exception text.
 */
export const errorHandlerPlugin = fp(
  async (app) => {
    app.addSchema({ ...ApiErrorSchema, $id: API_ERROR_SCHEMA_ID, title: 'ApiError' });
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof ApiError) {
        if (error.retryAfterSeconds !== undefined)
          reply.header('retry-after', String(error.retryAfterSeconds));
        if (error.statusCode >= 500) request.log.warn({ code: error.code }, 'refused with a server error');
        return sendError(reply, error.code, error.message, error.details.triesLeft);
      }
      const code = codeOfFastifyError(error);
      if (code === 'internal-error') {
        request.log.error({ err: error }, 'unexpected error');
        return sendError(reply, code, ERROR_CATALOGUE[code].message);
      }
      const message =
        code === 'bad-request' && error.validation ? error.message : ERROR_CATALOGUE[code].message;
      return sendError(reply, code, message);
    });
    app.setNotFoundHandler((_request, reply) =>
      sendError(reply, 'not-found', ERROR_CATALOGUE['not-found'].message),
    );
  },
  { name: 'error-handler' },
);
