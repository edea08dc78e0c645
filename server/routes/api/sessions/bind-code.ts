import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { normaliseRegistrationCode } from '../../../../common/api/registration-code.ts';
import { IdParamsSchema } from '../../../../common/api/schemas/primitives.ts';
import { BindCodeRequestSchema, BindCodeResponseSchema } from '../../../../common/api/schemas/sessions.ts';
import { ApiError } from '../../../http/api-error.ts';
import { digestsEqual } from '../../../security/hashes.ts';
import { responses } from '../responses.ts';
import { requireActive } from './active-session.ts';

/**
 * `POST /sessions/:id/code`: binds the code the phone shows to the authenticated session
 * (pki-and-signing.md §6.1). Every attempt costs a token of the client address's bucket; a
 * wrong code costs one of the session's tries, and the last try closes the session. The code
 * is found by its keyed hash and compared again in constant time.
 */
export const bindCodeRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/sessions/:id/code',
    {
      schema: {
        tags: ['desktop'],
        summary: 'Bind the registration code',
        description: 'At most 5 wrong codes per session, and a rate limit per client address.',
        params: IdParamsSchema,
        body: BindCodeRequestSchema,
        response: responses({ 200: BindCodeResponseSchema }),
      },
    },
    async (request) => {
      const verdict = app.codeAttemptLimiter.take(request.ip);
      if (!verdict.allowed)
        throw new ApiError('rate-limited', { retryAfterSeconds: verdict.retryAfterSeconds });
      const now = app.clock.now();
      const { id } = request.params;
      const code = normaliseRegistrationCode(request.body.code);
      const codeHash = code === undefined ? undefined : app.secrets.hash(code);
      // The session and the code's enrolment are read at once (one round trip less on
      // PostgreSQL); the checks below keep their order, and bindCode decides atomically.
      const [found, candidate] = await Promise.all([
        app.repository.getSession(id),
        codeHash === undefined ? undefined : app.repository.findPendingEnrolmentByCodeHash(codeHash, now),
      ]);
      const session = requireActive(found, now);
      if (session.state === 'code-bound' && codeHash !== undefined) {
        // The same code again (a retry after a lost answer): the same answer.
        const bound = await app.repository.getEnrolment(session.enrolmentId ?? '');
        if (bound !== undefined && digestsEqual(bound.codeHash, codeHash)) {
          return { enrolmentId: bound.id, expiresAt: bound.codeExpiresAt.toISOString() };
        }
      }
      if (session.state !== 'authenticated') throw new ApiError('session-wrong-state');
      if (codeHash === undefined) throw new ApiError('code-malformed');
      const enrolment = candidate;
      if (
        enrolment !== undefined &&
        digestsEqual(enrolment.codeHash, codeHash) &&
        (await app.repository.bindCode(id, enrolment.id))
      ) {
        return { enrolmentId: enrolment.id, expiresAt: enrolment.codeExpiresAt.toISOString() };
      }
      const { maxWrongCodeTries } = app.serviceConfig;
      const tries = await app.repository.recordWrongCode(id, maxWrongCodeTries);
      if (tries >= maxWrongCodeTries) {
        await app.repository.closeSession(id);
        throw new ApiError('code-tries-exhausted');
      }
      throw new ApiError('code-invalid', { details: { triesLeft: maxWrongCodeTries - tries } });
    },
  );
};
