import type { FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import { API_ERROR_SCHEMA_ID } from '../../../common/api/schemas/primitives.ts';
import { ApiError } from '../../http/api-error.ts';

/** The shared error body (added by the error handler plugin), by reference. */
const errorResponse = (description: string) => ({ $ref: `${API_ERROR_SCHEMA_ID}#`, description });

/**
 * A route's success answers, each with the description the OpenAPI document shows, plus the
 * shared error body for every 4xx and 5xx.
 */
export function responses<T extends Record<number, TSchema>>(success: T) {
  return {
    ...success,
    '4xx': errorResponse('Refused: the body says why in `error.code`; nothing was stored.'),
    '5xx': errorResponse(
      'A failure on the service side (`internal-error`), or a revocation check that could not be made.',
    ),
  };
}

/**
 * A `preValidation` hook for routes that take no body: an empty JSON object is tolerated,
 * anything else is an unknown field (`bad-request`), as with the routes that have a schema.
 */
export async function rejectBody(request: FastifyRequest): Promise<void> {
  const { body } = request;
  if (body === undefined || body === null) return;
  if (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0) return;
  throw new ApiError('bad-request');
}
