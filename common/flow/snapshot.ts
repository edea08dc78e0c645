import { Type, type Static, type TSchema } from 'typebox';
import { LANGUAGES } from '../i18n/languages.ts';
import { FlowErrorSchema } from './flow-errors.ts';
import { ContactViewSchema, HolderViewSchema } from './holder-view.ts';

/**
 * The flow's state as the renderer sees it: one snapshot per change, sent as the `state`
 * event (architecture.md "The flow lives in main; the renderer is a view"). A snapshot holds
 * only what the current screen shows: identity data appears in `confirmData` alone, and a PIN
 * never. `seq` grows by one per snapshot, so a view can drop a stale one.
 */

const Language = Type.Enum([...LANGUAGES], { type: 'string' });
const Timestamp = Type.String({ format: 'date-time', maxLength: 40 });
const TriesLeft = Type.Integer({ minimum: 0, maximum: 15 });
const PIN_ENTRY = {
  /** Tries left before the PIN is blocked, read from the card before the person types. */
  pinTriesLeft: TriesLeft,
  /** The reader has a PIN pad: the PIN is typed there, and no field is shown. */
  pinpad: Type.Boolean(),
  /** The previous PIN was wrong (the tries left already count it). */
  wrongPin: Type.Boolean(),
};

/** A reader as the reader list shows it. */
export const ReaderViewSchema = Type.Object(
  {
    name: Type.String({ maxLength: 200 }),
    /** What is in it: nothing, a Belgian eID, another card, or a card that does not answer. */
    card: Type.Union([
      Type.Literal('none'),
      Type.Literal('eid'),
      Type.Literal('other'),
      Type.Literal('mute'),
    ]),
  },
  { additionalProperties: false },
);
export type ReaderView = Static<typeof ReaderViewSchema>;

/**
 * One step's snapshot. Every step may carry `idleWarningUntil`: the flow has been waiting for
 * the person for (nearly) its idle timeout and wipes itself at that instant unless the person
 * says they are still there (`stillHere`; registration-flow.md step 6, WCAG 2.2.1). The flow
 * only sets it while it waits for the person; a new step clears it.
 */
function step<Name extends string, Fields extends Record<string, TSchema>>(name: Name, fields: Fields) {
  return Type.Object(
    {
      step: Type.Literal(name),
      seq: Type.Integer({ minimum: 0 }),
      language: Language,
      idleWarningUntil: Type.Optional(Timestamp),
      ...fields,
    },
    { additionalProperties: false },
  );
}

export const FlowSnapshotSchema = Type.Union([
  step('welcome', {}),
  step('waitingForReader', { pcscAvailable: Type.Boolean() }),
  step('waitingForCard', {
    readers: Type.Array(ReaderViewSchema, { maxItems: 32 }),
    /** The reader the person chose when several hold a card. */
    chosenReader: Type.Optional(Type.String({ maxLength: 200 })),
  }),
  step('readingCard', { reader: Type.String({ maxLength: 200 }) }),
  step('authenticatePin', PIN_ENTRY),
  step('authenticating', { pinpad: Type.Boolean() }),
  step('enterCodeAndContact', {
    /** The contact data typed earlier (after "back"), to fill the fields again. */
    contact: Type.Optional(ContactViewSchema),
    /** The last code was not accepted: unknown (with tries left) or not 5 symbols. */
    codeProblem: Type.Optional(Type.Union([Type.Literal('unknown'), Type.Literal('malformed')])),
    codeTriesLeft: Type.Optional(TriesLeft),
    /** The code is bound already (after "back" from the confirmation): only contact data can change. */
    codeBound: Type.Boolean(),
    codeExpiresAt: Type.Optional(Timestamp),
    /** Main's own check of the contact data refused a field (the renderer checks first). */
    contactProblem: Type.Optional(
      Type.Union([
        Type.Literal('email-required'),
        Type.Literal('email-invalid'),
        Type.Literal('phone-invalid'),
      ]),
    ),
  }),
  step('bindingCode', {}),
  step('confirmData', {
    holder: HolderViewSchema,
    contact: ContactViewSchema,
    codeExpiresAt: Timestamp,
  }),
  step('signPin', { ...PIN_ENTRY, codeExpiresAt: Timestamp }),
  step('signing', { pinpad: Type.Boolean() }),
  step('submitting', { attempt: Type.Integer({ minimum: 1 }) }),
  step('done', {}),
  step('error', { error: FlowErrorSchema }),
  step('cardRemoved', {}),
]);
export type FlowSnapshot = Static<typeof FlowSnapshotSchema>;

/** The snapshot of one step. */
export type SnapshotOf<Name extends FlowSnapshot['step']> = Extract<FlowSnapshot, { step: Name }>;
