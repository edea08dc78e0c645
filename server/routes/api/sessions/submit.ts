import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParamsSchema } from '../../../../common/api/schemas/primitives.ts';
import {
  SubmitApplicationRequestSchema,
  SubmitApplicationResponseSchema,
} from '../../../../common/api/schemas/submission.ts';
import { ApiError } from '../../../http/api-error.ts';
import { randomUuid } from '../../../platform/random.ts';
import { sha256Hex } from '../../../security/hashes.ts';
import { isStorageError } from '../../../storage/errors.ts';
import { responses } from '../responses.ts';
import { requireActive } from './active-session.ts';
import { decodeSubmission } from './submission-input.ts';

/**
 * `POST /sessions/:id/application`: the signed application with the card evidence. Everything
 * is decoded and re-verified before anything is stored; an accepted application is stored in
 * one transaction (application, enrolment → awaiting-confirmation, session → submitted) before
 * the answer. Idempotent on the SHA-256 of the application bytes: the same application from
 * the same session answers 200 with the same ids, and is never stored twice.
 */
export const submitApplicationRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/sessions/:id/application',
    {
      schema: {
        tags: ['desktop'],
        summary: 'Submit the signed application',
        description: '201 when stored, 200 with the same ids when the same application is sent again.',
        params: IdParamsSchema,
        body: SubmitApplicationRequestSchema,
        response: responses({ 200: SubmitApplicationResponseSchema, 201: SubmitApplicationResponseSchema }),
      },
    },
    async (request, reply) => {
      const now = app.clock.now();
      const { id } = request.params;
      const decoded = decodeSubmission(request.body);
      const applicationSha256 = sha256Hex(decoded.application);
      // The two reads at once (one round trip less on PostgreSQL); checked in the same order.
      const [found, existing] = await Promise.all([
        app.repository.getSession(id),
        app.repository.getApplicationByHash(applicationSha256),
      ]);
      const session = requireActive(found, now);
      if (existing !== undefined) {
        if (existing.sessionId !== session.id) throw new ApiError('application-mismatch');
        return reply.code(200).send({
          applicationId: existing.id,
          enrolmentId: existing.enrolmentId,
          status: 'accepted' as const,
        });
      }
      const { enrolmentId, nationalNumber } = session;
      if (session.state !== 'code-bound' || enrolmentId === undefined || nationalNumber === undefined) {
        throw new ApiError('session-wrong-state');
      }
      const enrolment = await app.repository.getEnrolment(enrolmentId);
      if (enrolment === undefined || enrolment.status !== 'pending')
        throw new ApiError('session-wrong-state');
      if (enrolment.codeExpiresAt.getTime() <= now.getTime()) throw new ApiError('code-expired');
      const result = await app.verifier.verifySubmission({
        ...decoded,
        session: { id, enrolmentId, nationalNumber },
        now,
      });
      if (!result.ok) throw new ApiError(result.code);
      if (result.applicationSha256.toLowerCase() !== applicationSha256) {
        throw new Error('the verifier hashed another application');
      }
      const applicationId = randomUuid(app.random);
      const stored = await app.repository
        .storeApplication(
          {
            id: applicationId,
            enrolmentId,
            sessionId: id,
            applicationSha256,
            nationalNumber,
            email: decoded.contact.email,
            phone: decoded.contact.phone,
            application: decoded.application,
            signature: decoded.signature,
            createdAt: now,
          },
          result.holderName,
        )
        .catch((error: unknown) => {
          // The session or enrolment moved on meanwhile (a concurrent request): nothing was stored.
          throw isStorageError(error) ? new ApiError('session-wrong-state') : error;
        });
      if (stored.sessionId !== id) throw new ApiError('application-mismatch');
      return reply.code(stored.id === applicationId ? 201 : 200).send({
        applicationId: stored.id,
        enrolmentId: stored.enrolmentId,
        status: 'accepted' as const,
      });
    },
  );
};
