import { REGISTRATION_CODE_LENGTH } from '../../../common/api/registration-code.ts';
import { checkEmail, checkPhone } from '../../../common/flow/contact.ts';
import type { SnapshotOf } from '../../../common/flow/snapshot.ts';
import type { Message } from './announcements.ts';

/** The details form's fields. */
export type DetailsField = 'code' | 'email' | 'phone';

/** What the details form holds (the code already shaped). */
export interface DetailsInput {
  readonly code: string;
  readonly email: string;
  readonly phone: string;
}

/**
 * The message under each field of the details form (registration-flow.md step 4), or none.
 * `touched` fields are checked as the person types, with the same checks main makes
 * (common/flow/contact.ts); main's own refusals in `snapshot` show on a field until it is
 * edited after them (`editedAt[field]` is the snapshot `seq` of the last edit).
 */
export function detailsProblems(
  input: DetailsInput,
  snapshot: SnapshotOf<'enterCodeAndContact'>,
  touched: ReadonlySet<DetailsField>,
  editedAt: Readonly<Partial<Record<DetailsField, number>>>,
): Partial<Record<DetailsField, Message>> {
  const fresh = (field: DetailsField) => editedAt[field] !== snapshot.seq;
  const problems: Partial<Record<DetailsField, Message>> = {};
  if (!snapshot.codeBound) {
    if (touched.has('code') && input.code.length !== REGISTRATION_CODE_LENGTH)
      problems.code = { key: 'details.problem.code-length' };
    else if (fresh('code') && snapshot.codeProblem === 'malformed')
      problems.code = { key: 'details.problem.code-malformed' };
    else if (fresh('code') && snapshot.codeProblem === 'unknown')
      problems.code =
        snapshot.codeTriesLeft === undefined
          ? { key: 'details.problem.code-unknown' }
          : { key: 'details.problem.code-unknown-tries', values: { count: snapshot.codeTriesLeft } };
  }
  const email = checkEmail(input.email);
  if (touched.has('email') && 'problem' in email)
    problems.email = { key: `details.problem.${email.problem}` };
  else if (fresh('email') && snapshot.contactProblem?.startsWith('email'))
    problems.email = { key: `details.problem.${snapshot.contactProblem}` };
  const phone = checkPhone(input.phone);
  if (touched.has('phone') && 'problem' in phone)
    problems.phone = { key: `details.problem.${phone.problem}` };
  else if (fresh('phone') && snapshot.contactProblem === 'phone-invalid')
    problems.phone = { key: 'details.problem.phone-invalid' };
  return problems;
}
