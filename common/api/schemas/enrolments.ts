import { Type, type Static } from 'typebox';
import { REGISTRATION_CODE_PATTERN } from '../registration-code.ts';
import { IdSchema, TimestampSchema } from './primitives.ts';

/**
 * The device (phone) API: start an enrolment, poll it, confirm it (registration-flow.md "Phone
 * side"). The poll token is the phone's proof that it started the enrolment; it travels as
 * `Authorization: Bearer <pollToken>` on the poll and confirm requests.
 */

/** The phone-side life cycle as the phone sees it. */
export const EnrolmentStatusSchema = Type.Enum(['pending', 'awaiting-confirmation', 'active', 'expired'], {
  type: 'string',
});

/** The answer to `POST /enrolments`: what the phone shows and keeps. */
export const StartEnrolmentResponseSchema = Type.Object(
  {
    enrolmentId: IdSchema,
    code: Type.String({
      pattern: REGISTRATION_CODE_PATTERN,
      description: 'The registration code to show, 5 symbols (show as `4H8 VN`).',
    }),
    expiresAt: TimestampSchema('When the code stops being accepted.'),
    pollToken: Type.String({
      minLength: 43,
      maxLength: 43,
      description: 'Bearer token for polling and confirming (base64url, 32 random bytes). Keep it secret.',
    }),
  },
  { additionalProperties: false, description: 'The enrolment was started: show the code.' },
);
export type StartEnrolmentResponse = Static<typeof StartEnrolmentResponseSchema>;

/** The answer to `GET /enrolments/:id`. */
export const EnrolmentStatusResponseSchema = Type.Object(
  {
    enrolmentId: IdSchema,
    status: EnrolmentStatusSchema,
    expiresAt: TimestampSchema('When the code stops being accepted.'),
    holderName: Type.Optional(
      Type.String({ description: 'With `awaiting-confirmation`: the name to ask "Is this you?" about.' }),
    ),
  },
  { additionalProperties: false, description: 'Where the enrolment stands.' },
);
export type EnrolmentStatusResponse = Static<typeof EnrolmentStatusResponseSchema>;

/** The answer to `POST /enrolments/:id/confirm`. */
export const ConfirmEnrolmentResponseSchema = Type.Object(
  { enrolmentId: IdSchema, status: Type.Literal('active') },
  { additionalProperties: false, description: 'The enrolment is active.' },
);
export type ConfirmEnrolmentResponse = Static<typeof ConfirmEnrolmentResponseSchema>;
