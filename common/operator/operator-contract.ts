import { Type } from 'typebox';
import { command, defineContract } from '../ipc/contract.ts';
import { OperatorViewSchema } from './operator-view.ts';

const Empty = Type.Object({}, { additionalProperties: false });
const Done = Type.Null();

/**
 * The operator window's contract (assisted mode, issue 7 point 5; docs/assisted-mode.md):
 * served by main next to the wizard contract, on the operator window's own transport. The
 * operator can only look (`getState`, the `state` event) and start or abort a session; every
 * other intent belongs to the citizen in the wizard. Commands take no argument, and an empty
 * object is the only one accepted.
 */
export const OPERATOR_CONTRACT = defineContract({
  commands: {
    /** The current view (an operator window that (re)connects starts from it). */
    getState: command(Empty, OperatorViewSchema),
    /** Ends whatever session is on the citizen's screen (wiping it) and starts a new one. */
    startSession: command(Empty, Done),
    /** Ends the session (wiping it): the citizen's screen returns to the start. */
    abortSession: command(Empty, Done),
  },
  events: {
    state: OperatorViewSchema,
  },
});

export type OperatorContract = typeof OPERATOR_CONTRACT;
