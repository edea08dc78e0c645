import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { OpenSessionResponseSchema } from '../../../../common/api/schemas/sessions.ts';
import { randomReference } from '../../../platform/random.ts';
import { sha256Hex } from '../../../security/hashes.ts';
import { rejectBody, responses } from '../responses.ts';

/**
 * `POST /sessions`: a person starts at the computer. The nonce is 32 random bytes in base64
 * (pki-and-signing.md §5.1), single use, stored only as its SHA-256.
 */
export const openSessionRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/sessions',
    {
      preValidation: rejectBody,
      schema: {
        tags: ['desktop'],
        summary: 'Open a session',
        description: 'The session id is a 128-bit random reference; keep it secret.',
        response: responses({ 201: OpenSessionResponseSchema }),
      },
    },
    async (_request, reply) => {
      const { nonceLifetimeSeconds, sessionLifetimeSeconds } = app.serviceConfig;
      const now = app.clock.now();
      const id = randomReference(app.random);
      const nonce = Buffer.from(app.random.bytes(32)).toString('base64');
      const nonceExpiresAt = new Date(now.getTime() + nonceLifetimeSeconds * 1_000);
      const expiresAt = new Date(now.getTime() + sessionLifetimeSeconds * 1_000);
      await app.repository.createSession({
        id,
        nonceHash: sha256Hex(nonce),
        nonceExpiresAt,
        nonceUsed: false,
        state: 'open',
        expiresAt,
        nationalNumber: undefined,
        authCertificateSha256: undefined,
        enrolmentId: undefined,
        wrongCodeTries: 0,
        createdAt: now,
      });
      return reply.code(201).send({
        sessionId: id,
        nonce,
        expiresAt: nonceExpiresAt.toISOString(),
        sessionExpiresAt: expiresAt.toISOString(),
      });
    },
  );
};
