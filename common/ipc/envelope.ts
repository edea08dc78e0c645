import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { ContractErrorDataSchema } from './error-data.ts';

/** Command and event names: identifiers, so a name can never be `__proto__` or a path. */
export const NAME_PATTERN = '^[a-zA-Z][a-zA-Z0-9]{0,63}$';

const Id = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
const Name = Type.String({ pattern: NAME_PATTERN });
const closed = { additionalProperties: false } as const;

/** Asks the other end to run command `method` with `arg`; `id` pairs the answer with the call. */
export const CallEnvelopeSchema = Type.Object(
  { kind: Type.Literal('call'), id: Id, method: Name, arg: Type.Unknown() },
  closed,
);

/** The result of call `id`. */
export const ResultEnvelopeSchema = Type.Object(
  { kind: Type.Literal('result'), id: Id, value: Type.Unknown() },
  closed,
);

/** The failure of call `id`, as data. */
export const ErrorEnvelopeSchema = Type.Object(
  { kind: Type.Literal('error'), id: Id, error: ContractErrorDataSchema },
  closed,
);

/** The caller gave up on call `id`; the handler's signal is aborted and no answer follows. */
export const CancelEnvelopeSchema = Type.Object({ kind: Type.Literal('cancel'), id: Id }, closed);

/** Event `name` with its payload, from main to the renderer. */
export const EventEnvelopeSchema = Type.Object(
  { kind: Type.Literal('event'), name: Name, payload: Type.Unknown() },
  closed,
);

/**
 * Every message of the protocol. The `kind` field discriminates (the brief's shapes, plus
 * a tag, so a message can never be two kinds at once). Objects are closed: unknown fields
 * make the message malformed. Payloads (`arg`, `value`, `payload`) are checked afterwards
 * against the contract's own schemas.
 */
export const EnvelopeSchema = Type.Union([
  CallEnvelopeSchema,
  ResultEnvelopeSchema,
  ErrorEnvelopeSchema,
  CancelEnvelopeSchema,
  EventEnvelopeSchema,
]);

/** See {@link EnvelopeSchema}. */
export type Envelope = Static<typeof EnvelopeSchema>;
/** See {@link CallEnvelopeSchema}. */
export type CallEnvelope = Static<typeof CallEnvelopeSchema>;
/** See {@link ResultEnvelopeSchema}. */
export type ResultEnvelope = Static<typeof ResultEnvelopeSchema>;
/** See {@link ErrorEnvelopeSchema}. */
export type ErrorEnvelope = Static<typeof ErrorEnvelopeSchema>;
/** See {@link CancelEnvelopeSchema}. */
export type CancelEnvelope = Static<typeof CancelEnvelopeSchema>;
/** See {@link EventEnvelopeSchema}. */
export type EventEnvelope = Static<typeof EventEnvelopeSchema>;

/** `message` if it is a well-formed envelope, `undefined` otherwise. */
export function parseEnvelope(message: unknown): Envelope | undefined {
  return Value.Check(EnvelopeSchema, message) ? message : undefined;
}

/**
 * The id of a message that failed {@link parseEnvelope} but names a usable call id, so the
 * server can answer `bad-envelope` instead of leaving the caller waiting.
 */
export function salvageCallId(message: unknown): number | undefined {
  if (typeof message !== 'object' || message === null || !Object.hasOwn(message, 'id')) return undefined;
  const { id } = message as { readonly id: unknown };
  return Value.Check(Id, id) ? id : undefined;
}
