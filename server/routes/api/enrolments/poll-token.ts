import type { FastifyInstance, FastifyRequest } from 'fastify';
import { digestsEqual } from '../../../security/hashes.ts';
import type { Enrolment, EnrolmentStatus } from '../../../storage/repository.ts';
import { ApiError } from '../../../http/api-error.ts';

/** `Authorization: Bearer <43 base64url characters>`. */
const BEARER = /^Bearer ([A-Za-z0-9_-]{43})$/;

/**
 * The enrolment `id` if the request carries its poll token, compared as keyed hashes in
 * constant time; else `enrolment-not-found` or `poll-token-invalid`.
 */
export async function authorisedEnrolment(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
): Promise<Enrolment> {
  const enrolment = await app.repository.getEnrolment(id);
  if (enrolment === undefined) throw new ApiError('enrolment-not-found');
  const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
  if (token === undefined || !digestsEqual(app.secrets.hash(token), enrolment.pollTokenHash)) {
    throw new ApiError('poll-token-invalid');
  }
  return enrolment;
}

/** The status the phone sees: a pending enrolment whose code has expired is `expired`. */
export function visibleStatus(enrolment: Enrolment, now: Date): EnrolmentStatus {
  return enrolment.status === 'pending' && enrolment.codeExpiresAt.getTime() <= now.getTime()
    ? 'expired'
    : enrolment.status;
}
