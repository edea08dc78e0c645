import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ConfirmEnrolmentResponseSchema } from '../../../../common/api/schemas/enrolments.ts';
import { IdParamsSchema } from '../../../../common/api/schemas/primitives.ts';
import { ApiError } from '../../../http/api-error.ts';
import { rejectBody, responses } from '../responses.ts';
import { authorisedEnrolment, visibleStatus } from './poll-token.ts';

/**
 * `POST /enrolments/:id/confirm`: the person confirmed on the phone that the name is theirs;
 * awaiting-confirmation → active. Confirming an active enrolment again answers the same.
 */
export const confirmEnrolmentRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/enrolments/:id/confirm',
    {
      preValidation: rejectBody,
      schema: {
        tags: ['device'],
        summary: 'Confirm an enrolment',
        security: [{ pollToken: [] }],
        params: IdParamsSchema,
        response: responses({ 200: ConfirmEnrolmentResponseSchema }),
      },
    },
    async (request) => {
      const { id } = request.params;
      const enrolment = await authorisedEnrolment(app, request, id);
      const status = visibleStatus(enrolment, app.clock.now());
      if (status === 'expired') throw new ApiError('enrolment-expired');
      if (status === 'awaiting-confirmation' && !(await app.repository.confirmEnrolment(id))) {
        // Confirmed concurrently (or moved on): answer by what it is now.
        const now = await app.repository.getEnrolment(id);
        if (now?.status !== 'active') throw new ApiError('enrolment-wrong-state');
      } else if (status === 'pending') {
        throw new ApiError('enrolment-wrong-state');
      }
      return { enrolmentId: id, status: 'active' as const };
    },
  );
};
