import { Type } from 'typebox';
import { API_ERROR_CODES } from '../error-codes.ts';

/**
 * Building blocks of the service's JSON schemas (style rule 10: schemas first, types derived
 * with `Static`). Every object is closed (`additionalProperties: false`): the service rejects
 * unknown fields instead of ignoring them.
 */

/** Lower-case 8-4-4-4-12 hex: enrolment and application ids, and session references. */
export const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

/** An id in the UUID layout. */
export const IdSchema = describedId();

/** An id in the UUID layout, with a description for the OpenAPI document. */
export function describedId(description?: string) {
  const id = { pattern: UUID_PATTERN, minLength: 36, maxLength: 36 };
  return Type.String(description === undefined ? id : { ...id, description });
}

/** An instant, RFC 3339 in UTC (`2025-01-31T12:00:00.000Z`). */
export function TimestampSchema(description: string) {
  return Type.String({ format: 'date-time', maxLength: 32, description });
}

/**
 * Standard base64 (RFC 4648 §4, with padding). The characters are checked by the service, which
 * answers `malformed-base64`, not by the schema; the schema only bounds the length.
 */
export function Base64Schema(maxBytes: number, description: string) {
  return Type.String({
    contentEncoding: 'base64',
    minLength: 1,
    maxLength: 4 * Math.ceil(maxBytes / 3),
    description,
  });
}

/** The `$id` under which the service shares {@link ApiErrorSchema} (OpenAPI `components.schemas`). */
export const API_ERROR_SCHEMA_ID = 'ApiError';

/** The body of every error answer (`ApiErrorBody`). */
export const ApiErrorSchema = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.Enum([...API_ERROR_CODES], { type: 'string' }),
        message: Type.String({ description: 'English, for developers; user interfaces map `code`.' }),
        triesLeft: Type.Optional(
          Type.Integer({ minimum: 0, description: 'With `code-invalid`: wrong codes left in the session.' }),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

/** A route parameter that is an id. */
export const IdParamsSchema = Type.Object({ id: IdSchema }, { additionalProperties: false });
