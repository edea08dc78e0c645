import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParamsSchema } from '../../../../common/api/schemas/primitives.ts';
import {
  AuthenticateRequestSchema,
  AuthenticateResponseSchema,
} from '../../../../common/api/schemas/sessions.ts';
import { ApiError } from '../../../http/api-error.ts';
import { randomReference } from '../../../platform/random.ts';
import { digestsEqual, sha256Hex } from '../../../security/hashes.ts';
import type { Session } from '../../../storage/repository.ts';
import type { AuthenticationInput, AuthenticationResult } from '../../../verification/verifier.ts';
import { responses } from '../responses.ts';
import { requireActive } from './active-session.ts';
import { decodeDerField } from '../../../http/decode.ts';

/**
 * The open session whose nonce the request echoes, read once: a used nonce is reported before
 * anything else (the closed old session of a successful authentication included), then the
 * session's own state, then a wrong or expired nonce.
 */
async function sessionOfNonce(app: FastifyInstance, id: string, nonce: string, now: Date): Promise<Session> {
  const found = await app.repository.getSession(id);
  if (found?.nonceUsed) throw new ApiError('nonce-used');
  const session = requireActive(found, now);
  if (session.state !== 'open') throw new ApiError('session-wrong-state');
  if (!digestsEqual(sha256Hex(nonce), session.nonceHash)) throw new ApiError('nonce-invalid');
  if (session.nonceExpiresAt.getTime() <= now.getTime()) throw new ApiError('nonce-expired');
  return session;
}

/** The refusal when a conditional update found the nonce gone: expired meanwhile, else used. */
async function nonceGone(app: FastifyInstance, id: string, now: Date): Promise<ApiError> {
  const after = await app.repository.getSession(id);
  const expired = after !== undefined && after.nonceExpiresAt.getTime() <= now.getTime();
  return new ApiError(expired ? 'nonce-expired' : 'nonce-used');
}

/**
 * The verifier's verdict. Any attempt uses the nonce up: a refused (or failed) one spends it
 * here, a successful one in the rotation's transaction. When a concurrent request spent it
 * first, that is the answer, as if this one had been refused before verifying.
 */
async function verdict(app: FastifyInstance, input: AuthenticationInput, id: string) {
  let result: AuthenticationResult;
  try {
    result = await app.verifier.authenticate(input);
  } catch (error) {
    if (!(await app.repository.consumeNonce(id, input.now))) throw await nonceGone(app, id, input.now);
    throw error;
  }
  if (result.ok) return result;
  if (!(await app.repository.consumeNonce(id, input.now))) throw await nonceGone(app, id, input.now);
  throw new ApiError(result.code);
}

/**
 * A new session id for the authenticated person (ASVS 5.0 7.2.4: rotate on authentication),
 * in one repository transaction that also uses the nonce up (single use even across
 * instances: its conditional update decides) and closes the old session. The new session is
 * authenticated, its own nonce already spent, and keeps the old absolute expiry.
 */
async function rotate(app: FastifyInstance, old: Session, nationalNumber: string, sha256: string, now: Date) {
  const id = randomReference(app.random);
  const rotated: Session = {
    ...old,
    id,
    nonceHash: sha256Hex(app.random.bytes(32)),
    nonceExpiresAt: now,
    nonceUsed: true,
    state: 'authenticated',
    nationalNumber,
    authCertificateSha256: sha256,
    wrongCodeTries: 0,
    createdAt: now,
  };
  if (!(await app.repository.rotateAuthenticatedSession(old.id, now, rotated)))
    throw await nonceGone(app, old.id, now);
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
      const session = await sessionOfNonce(app, id, nonce, now);
      const input = { token, caCertificate, origin: app.serviceConfig.origin, nonce, now };
      const result = await verdict(app, input, id);
      const sessionId = await rotate(app, session, result.nationalNumber, result.certificateSha256, now);
      return { sessionId, sessionExpiresAt: session.expiresAt.toISOString() };
    },
  );
};
