import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { StartEnrolmentResponseSchema } from '../../../../common/api/schemas/enrolments.ts';
import { randomUuid } from '../../../platform/random.ts';
import type { IssuedCode } from '../../../security/registration-secrets.ts';
import { isStorageError } from '../../../storage/errors.ts';
import { rejectBody, responses } from '../responses.ts';

/** New codes tried before giving up when each collides with a live one (2^25 codes: rare). */
const MAX_CODE_DRAWS = 8;

/**
 * `POST /enrolments`: the phone starts a registration and gets the code to show, when it
 * expires, and the poll token. A code is unique among live codes, so binding it on the
 * desktop finds exactly one enrolment.
 */
export const startEnrolmentRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/enrolments',
    {
      preValidation: rejectBody,
      schema: {
        tags: ['device'],
        summary: 'Start an enrolment',
        description: 'The code is valid for 15 minutes by default and stored only as a keyed hash.',
        response: responses({ 201: StartEnrolmentResponseSchema }),
      },
    },
    async (_request, reply) => {
      const now = app.clock.now();
      const { token, tokenHash } = app.secrets.issuePollToken();
      const id = randomUuid(app.random);
      const codeExpiresAt = new Date(now.getTime() + app.serviceConfig.codeLifetimeSeconds * 1_000);
      let issued: IssuedCode | undefined;
      for (let draw = 0; draw < MAX_CODE_DRAWS && issued === undefined; draw++) {
        const candidate = app.secrets.issueCode();
        if ((await app.repository.findPendingEnrolmentByCodeHash(candidate.codeHash, now)) !== undefined)
          continue;
        try {
          await app.repository.createEnrolment({
            id,
            codeHash: candidate.codeHash,
            codeExpiresAt,
            pollTokenHash: tokenHash,
            status: 'pending',
            holderName: undefined,
            createdAt: now,
          });
          issued = candidate;
        } catch (error) {
          // An expired code not yet purged, or a concurrent draw, holds this hash: draw again.
          if (!isStorageError(error, 'code-hash-in-use')) throw error;
        }
      }
      if (issued === undefined) throw new Error('no free registration code');
      return reply.code(201).send({
        enrolmentId: id,
        code: issued.code,
        expiresAt: codeExpiresAt.toISOString(),
        pollToken: token,
      });
    },
  );
};
