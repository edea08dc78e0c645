import type { TSchema } from 'typebox';
import {
  ConfirmEnrolmentResponseSchema,
  EnrolmentStatusResponseSchema,
  StartEnrolmentResponseSchema,
} from '../../../common/api/schemas/enrolments.ts';
import {
  AuthenticateResponseSchema,
  BindCodeResponseSchema,
  OpenSessionResponseSchema,
} from '../../../common/api/schemas/sessions.ts';
import { SubmitApplicationResponseSchema } from '../../../common/api/schemas/submission.ts';

/** One API call as the client makes it: its success answers, and whether it is ever repeated. */
export interface Endpoint<S extends TSchema> {
  /** The client method's name, used in errors (never the path: it holds ids). */
  readonly operation: string;
  readonly method: 'GET' | 'POST';
  readonly success: readonly number[];
  readonly schema: S;
  /**
   * Whether a transient failure (network, timeout, 408, 429, 502/503/504) is retried with
   * back-off. Only calls that are safe to repeat after a lost answer are: repeating must not
   * change what the service ends up with, nor spend anything the person needs.
   */
  readonly retried: boolean;
}

function endpoint<S extends TSchema>(
  operation: string,
  method: 'GET' | 'POST',
  success: readonly number[],
  schema: S,
  retried: boolean,
): Endpoint<S> {
  return { operation, method, success, schema, retried };
}

/**
 * The calls and their retry policy, decided from the API semantics (registration-flow.md "The
 * service", and the routes in server/routes/api/):
 *
 * - `openSession`: retried. Not idempotent (each call makes a new session), but safe: a
 *   session whose answer was lost is an unauthenticated orphan holding no personal data, with
 *   a nonce nobody signs; it expires on its own. Nothing is counted against the person.
 * - `authenticate`: never retried. The nonce is single-use: any attempt that reached the
 *   service spent it, so a repeat can only fail (`nonce-used`) — the flow must open a new
 *   session and have the card sign the new nonce (PIN again).
 * - `bindCode`: never retried. A wrong code costs one of the session's 5 tries (the last
 *   closes the session) and every attempt costs the address's rate-limit budget.
 * - `submitApplication`: retried. Idempotent by design: the service keys the application on
 *   the SHA-256 of its bytes and answers the same ids (200) for the same application again.
 * - `startEnrolment` (phone): retried, like `openSession`: a lost enrolment is an orphan code
 *   that expires in 15 minutes.
 * - `pollEnrolment` (phone, GET): retried; reads only.
 * - `confirmEnrolment` (phone): retried; confirming an active enrolment answers the same.
 */
export const ENDPOINTS = {
  openSession: endpoint('openSession', 'POST', [201], OpenSessionResponseSchema, true),
  authenticate: endpoint('authenticate', 'POST', [200], AuthenticateResponseSchema, false),
  bindCode: endpoint('bindCode', 'POST', [200], BindCodeResponseSchema, false),
  submitApplication: endpoint('submitApplication', 'POST', [200, 201], SubmitApplicationResponseSchema, true),
  startEnrolment: endpoint('startEnrolment', 'POST', [201], StartEnrolmentResponseSchema, true),
  pollEnrolment: endpoint('pollEnrolment', 'GET', [200], EnrolmentStatusResponseSchema, true),
  confirmEnrolment: endpoint('confirmEnrolment', 'POST', [200], ConfirmEnrolmentResponseSchema, true),
} as const;
