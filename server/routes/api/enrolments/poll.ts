import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { EnrolmentStatusResponseSchema } from '../../../../common/api/schemas/enrolments.ts';
import { IdParamsSchema } from '../../../../common/api/schemas/primitives.ts';
import { responses } from '../responses.ts';
import { authorisedEnrolment, visibleStatus } from './poll-token.ts';

/**
 * `GET /enrolments/:id`: the phone polls its enrolment with its poll token. The holder's name
 * is given only while the phone must ask "Is this you?".
 */
export const pollEnrolmentRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/enrolments/:id',
    {
      schema: {
        tags: ['device'],
        summary: 'Poll an enrolment',
        security: [{ pollToken: [] }],
        params: IdParamsSchema,
        response: responses({ 200: EnrolmentStatusResponseSchema }),
      },
    },
    async (request) => {
      const enrolment = await authorisedEnrolment(app, request, request.params.id);
      const status = visibleStatus(enrolment, app.clock.now());
      return {
        enrolmentId: enrolment.id,
        status,
        expiresAt: enrolment.codeExpiresAt.toISOString(),
        ...(status === 'awaiting-confirmation' && enrolment.holderName !== undefined
          ? { holderName: enrolment.holderName }
          : {}),
      };
    },
  );
};
