import { Type, type Static } from 'typebox';
import { FLOW_ERROR_CODES } from '../flow/flow-errors.ts';
import { FLOW_STEPS, PROGRESS_STAGES } from '../flow/steps.ts';

/**
 * Where the counter's registration session stands, as the operator sees it (docs/assisted-mode.md):
 * nothing running (`idle`, the wizard's welcome screen), `inProgress`, `done`, or `failed`
 * (an error, or the card pulled out).
 */
export const OPERATOR_SESSION_STATES = ['idle', 'inProgress', 'done', 'failed'] as const;
export type OperatorSessionState = (typeof OPERATOR_SESSION_STATES)[number];

/** The longest holder name: given names (≤ 200) + space + surname (≤ 200), as in HolderViewSchema. */
export const MAX_HOLDER_NAME = 401;

/**
 * What the operator window shows of the citizen's session (issue 7 point 5): progress and the
 * holder's name, never the PIN or other identity data. Closed on purpose: nothing can be added
 * to it by accident, and the contract refuses a view carrying any other field. `seq` grows by
 * one per change of the view (a language change on the citizen's side is not one).
 */
export const OperatorViewSchema = Type.Object(
  {
    seq: Type.Integer({ minimum: 0 }),
    session: Type.Enum([...OPERATOR_SESSION_STATES], { type: 'string' }),
    /** The wizard's step on the citizen's screen. */
    step: Type.Enum([...FLOW_STEPS], { type: 'string' }),
    /** The stage of the wizard's step indicator; absent on `error` and `cardRemoved`. */
    stage: Type.Optional(Type.Enum([...PROGRESS_STAGES], { type: 'string' })),
    /**
     * Given name(s) and surname as on the card, once the citizen saw the confirmation screen;
     * forgotten when the session ends or the flow wipes what it read.
     */
    holderName: Type.Optional(Type.String({ minLength: 1, maxLength: MAX_HOLDER_NAME })),
    /** Why the session stopped (step `error`), so staff can help (e.g. `pin-blocked`). */
    errorCode: Type.Optional(Type.Enum([...FLOW_ERROR_CODES], { type: 'string' })),
    /**
     * PIN tries the card has left, on the PIN steps only: card state, not identity data; it
     * lets staff advise a citizen on the last try before the PIN blocks.
     */
    pinTriesLeft: Type.Optional(Type.Integer({ minimum: 0, maximum: 15 })),
    /** When the view last changed (ISO 8601, UTC). */
    since: Type.String({ format: 'date-time', maxLength: 40 }),
  },
  { additionalProperties: false },
);
export type OperatorView = Static<typeof OperatorViewSchema>;
