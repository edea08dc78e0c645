import type { FastifyPluginAsync } from 'fastify';
import { confirmEnrolmentRoute } from './enrolments/confirm.ts';
import { pollEnrolmentRoute } from './enrolments/poll.ts';
import { startEnrolmentRoute } from './enrolments/start.ts';
import { authenticateRoute } from './sessions/authenticate.ts';
import { bindCodeRoute } from './sessions/bind-code.ts';
import { openSessionRoute } from './sessions/open.ts';
import { submitApplicationRoute } from './sessions/submit.ts';

/** The JSON API, registered under `API_PREFIX` (common/api/paths.ts): device, then desktop. */
export const apiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(startEnrolmentRoute);
  await app.register(pollEnrolmentRoute);
  await app.register(confirmEnrolmentRoute);
  await app.register(openSessionRoute);
  await app.register(authenticateRoute);
  await app.register(bindCodeRoute);
  await app.register(submitApplicationRoute);
};
