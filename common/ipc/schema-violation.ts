import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import type { ErrorDetails } from './error-data.ts';

/**
 * Where `value` first fails `schema`, as error details: the schema path (`#/properties/pin`)
 * and the failed keyword, or `undefined` when it conforms. The instance path is left out on
 * purpose: it contains the sender's own property names (a PIN typed as a key would be
 * echoed into logs), while the schema path only names the contract's.
 */
export function schemaViolation(schema: TSchema, value: unknown): ErrorDetails | undefined {
  if (Value.Check(schema, value)) return undefined;
  const [first] = Value.Errors(schema, value);
  return { path: first?.schemaPath ?? '#', keyword: first?.keyword ?? 'unknown' };
}
