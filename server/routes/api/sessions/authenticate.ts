import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParamsSchema } from '../../../../common/api/schemas/primitives.ts';
import {
  AuthenticateRequestSchema,
  AuthenticateResponseSchema,
} from '../../../../common/api/schemas/sessions.ts';
import { ApiError } from '../../../http/api-error.ts';
import { decodeDerField } from '../../../http/decode.ts';
import { randomReference } from '../../../platform/random.ts';
import { digestsEqual, sha256Hex } from '../../../security/hashes.ts';
import type { Session } from '../../../storage/repository.ts';
import { responses } from '../responses.ts';
import { activeSession } from './active-session.ts';

/**
 * Checks the echoed nonce and uses it up (single use even across instances: the repository's
 * conditional update decides). A used nonce is reported before anything else, the closed old
 * session of a successful authentication included.
 */
async function consumeNonce(app: FastifyInstance, id: string, nonce: string, now: Date): Promise<Session> {
  const found = await app.repository.getSession(id);
  if (found?.nonceUsed) throw new ApiError('nonce-used');
  const session = await activeSession(app, id, now);
  if (session.state !== 'open') throw new ApiError('session-wrong-state');
  if (!digestsEqual(sha256Hex(nonce), session.nonceHash)) throw new ApiError('nonce-invalid');
  if (session.nonceExpiresAt.getTime() <= now.getTime()) throw new ApiError('nonce-expired');
  if (!(await app.repository.consumeNonce(id, now))) {
    const after = await app.repository.getSession(id);
    throw new ApiError(
      after !== undefined && after.nonceExpiresAt.getTime() <= now.getTime() ? 'nonce-expired' : 'nonce-used',
    );
  }
  return session;
}

/**
 * A new session id for the authenticated person (ASVS 5.0 7.2.4: rotate on authentication),
 * through the repository's ordinary transitions: a new open session whose nonce is already
 * spent, authenticated, then the old one closed. It keeps the old absolute expiry.
 */
async function rotate(app: FastifyInstance, old: Session, nationalNumber: string, sha256: string, now: Date) {
  const id = randomReference(app.random);
  await app.repository.createSession({
    ...old,
    id,
    nonceHash: sha256Hex(app.random.bytes(32)),
    nonceExpiresAt: now,
    nonceUsed: true,
    state: 'open',
    wrongCodeTries: 0,
    createdAt: now,
  });
  if (!(await app.repository.authenticateSession(id, nationalNumber, sha256)))
    throw new Error('rotation failed');
  await app.repository.closeSession(old.id);
  return id;
}

/** `POST /sessions/:id/authenticate`: a Web eID token over H(origin) ‖ H(nonce). */
export const authenticateRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/sessions/:id/authenticate',
    {
      schema: {
        tags: ['desktop'],
        summary: 'Authenticate with a Web eID token',
        description: 'Uses up the nonce. The answer carries a new session id; the old one is closed.',
        params: IdParamsSchema,
        body: AuthenticateRequestSchema,
        response: responses({ 200: AuthenticateResponseSchema }),
      },
    },
    async (request) => {
      const now = app.clock.now();
      const { id } = request.params;
      const { nonce, token } = request.body;
      const caCertificate = decodeDerField(request.body.caCertificate);
      const session = await consumeNonce(app, id, nonce, now);
      const result = await app.verifier.authenticate({
        token,
        caCertificate,
        origin: app.serviceConfig.origin,
        nonce,
        now,
      });
      if (!result.ok) throw new ApiError(result.code);
      const sessionId = await rotate(app, session, result.nationalNumber, result.certificateSha256, now);
      return { sessionId, sessionExpiresAt: session.expiresAt.toISOString() };
    },
  );
};
