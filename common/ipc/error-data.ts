import { Type, type Static } from 'typebox';

/** Lower-case kebab-case words: error codes, categories and retry targets. */
const WORD = { minLength: 1, maxLength: 64, pattern: '^[a-z][a-zA-Z0-9-]*$' };

/**
 * An error as it crosses the contract: data, never an exception (style rule 6). The renderer
 * maps `code` to its own words; `category` says what the person can do about it; `details`
 * are small named values for placeholders (tries left, a schema path), never free text from
 * an exception, never a stack trace, never a secret; `retryTo` names the step to go back to.
 */
export const ContractErrorDataSchema = Type.Object(
  {
    code: Type.String(WORD),
    category: Type.String(WORD),
    details: Type.Optional(
      Type.Record(
        Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]{0,31}$' }),
        Type.Union([Type.String({ maxLength: 256 }), Type.Number(), Type.Boolean()]),
        { maxProperties: 16 },
      ),
    ),
    retryTo: Type.Optional(Type.String(WORD)),
  },
  { additionalProperties: false },
);

/** See {@link ContractErrorDataSchema}. */
export type ContractErrorData = Static<typeof ContractErrorDataSchema>;

/** The values `details` may hold. */
export type ErrorDetails = Readonly<Record<string, string | number | boolean>>;
