import { expect } from 'vitest';
import { API_PATHS } from '../../../../common/api/paths.ts';
import { submissionBody } from '../../../support/service-flow.ts';
import { withToken } from './authentication-attack.ts';
import type { CorpusContext } from './corpus-context.ts';
import type { CorpusEntry } from './corpus-types.ts';
import { flipBase64, submitRequest } from './tamper.ts';

/**
 * Nonces (single use, 5 minutes, bound to their session) and the session and enrolment life
 * cycles: steps out of order, closed, unknown and expired sessions.
 */

/** Authenticates `attempt` once (it must succeed) and returns the new session id. */
async function authenticateOnce(context: CorpusContext, url: string, body: unknown): Promise<string> {
  const answer = await context.api('POST', url, body);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.sessionId as string;
}

const UNKNOWN_SESSION = '5e55104e-0000-4000-8000-00000000dead';
const SESSION_LIFETIME_PASSED = 30 * 60 + 1;

export const SESSION_ENTRIES: readonly CorpusEntry[] = [
  {
    id: 'nonce-replayed-on-its-session',
    category: 'replayed-or-expired-nonce',
    description: 'a successful authentication sent again to the same (now closed) session',
    request: async (c) => {
      const attempt = await c.authentication('citizen-1.8');
      await authenticateOnce(c, attempt.url, attempt.body);
      return { request: { method: 'POST', url: attempt.url, body: attempt.body } };
    },
    status: 409,
    code: 'nonce-used',
  },
  {
    id: 'nonce-replayed-on-the-new-session',
    category: 'replayed-or-expired-nonce',
    description: 'a successful authentication replayed against the session id it returned',
    request: async (c) => {
      const attempt = await c.authentication('citizen-1.7');
      const sessionId = await authenticateOnce(c, attempt.url, attempt.body);
      return { request: { method: 'POST', url: API_PATHS.authenticate(sessionId), body: attempt.body } };
    },
    status: 409,
    code: 'nonce-used',
  },
  {
    id: 'nonce-used-by-a-refused-token',
    category: 'replayed-or-expired-nonce',
    description: 'a refused (forged) token used the nonce up: the genuine token after it is refused',
    request: async (c) => {
      const attempt = await c.authentication('citizen-1.8');
      const forged = withToken(attempt.body, { signature: flipBase64(attempt.body.token.signature, 3) });
      expect((await c.api('POST', attempt.url, forged)).status).toBe(422);
      return { request: { method: 'POST', url: attempt.url, body: attempt.body } };
    },
    status: 409,
    code: 'nonce-used',
  },
  {
    id: 'nonce-expired',
    category: 'replayed-or-expired-nonce',
    description: 'a valid token sent 5 minutes and 1 second after the session was opened',
    request: async (c) => {
      const attempt = await c.authentication('citizen-1.8');
      c.clock.advance(5 * 60 + 1);
      return { request: { method: 'POST', url: attempt.url, body: attempt.body } };
    },
    status: 410,
    code: 'nonce-expired',
  },
  {
    id: 'nonce-of-another-session',
    category: 'replayed-or-expired-nonce',
    description: "session A's nonce and token sent to session B",
    request: async (c) => {
      const attempt = await c.authentication('citizen-1.8');
      const other = await c.openSession();
      return {
        request: { method: 'POST', url: API_PATHS.authenticate(other.sessionId), body: attempt.body },
      };
    },
    status: 400,
    code: 'nonce-invalid',
  },
  {
    id: 'token-over-another-nonce',
    category: 'replayed-or-expired-nonce',
    description: "session B's nonce echoed with a token signed over session A's nonce",
    request: async (c) => {
      const attempt = await c.authentication('citizen-1.7');
      const other = await c.openSession();
      const body = { ...attempt.body, nonce: other.nonce };
      return { request: { method: 'POST', url: API_PATHS.authenticate(other.sessionId), body } };
    },
    status: 422,
    code: 'token-signature-invalid',
  },
  {
    id: 'submit-before-authentication',
    category: 'session-state',
    description: 'a valid-looking submission to a session that never authenticated',
    request: async (c) => {
      const enrolment = await c.startEnrolment();
      const { sessionId, nonce } = await c.openSession();
      const made = await c.register('citizen-1.8', { nonce, sessionId, enrolmentId: enrolment.enrolmentId });
      return {
        request: { method: 'POST', url: API_PATHS.application(sessionId), body: submissionBody(made) },
      };
    },
    status: 409,
    code: 'session-wrong-state',
  },
  {
    id: 'submit-before-code',
    category: 'session-state',
    description: 'an authenticated session submits before any code was bound',
    request: async (c) => {
      const attempt = await c.authentication('citizen-1.7');
      const sessionId = await authenticateOnce(c, attempt.url, attempt.body);
      const made = await c.register('citizen-1.7', {
        nonce: attempt.nonce,
        sessionId,
        enrolmentId: attempt.enrolment.enrolmentId,
      });
      return {
        request: { method: 'POST', url: API_PATHS.application(sessionId), body: submissionBody(made) },
      };
    },
    status: 409,
    code: 'session-wrong-state',
  },
  {
    id: 'submit-to-the-pre-rotation-session',
    category: 'session-state',
    description: 'a valid submission sent to the session id from before authentication (closed by rotation)',
    request: async (c) => {
      const attempt = await c.authentication('citizen-1.8');
      const sessionId = await authenticateOnce(c, attempt.url, attempt.body);
      const { enrolment } = attempt;
      expect((await c.api('POST', API_PATHS.bindCode(sessionId), { code: enrolment.code })).status).toBe(200);
      const made = await c.register('citizen-1.8', {
        nonce: attempt.nonce,
        sessionId,
        enrolmentId: enrolment.enrolmentId,
      });
      const body = submissionBody(made);
      return {
        request: { method: 'POST', url: API_PATHS.application(attempt.sessionId), body },
        intact: { method: 'POST', url: API_PATHS.application(sessionId), body },
      };
    },
    status: 409,
    code: 'session-closed',
  },
  {
    id: 'submit-to-an-unknown-session',
    category: 'session-state',
    description: 'a valid submission sent to a session id that does not exist',
    request: async (c) => {
      const prepared = await c.prepare('citizen-1.8');
      return {
        request: { ...submitRequest(prepared), url: API_PATHS.application(UNKNOWN_SESSION) },
        intact: submitRequest(prepared),
      };
    },
    status: 404,
    code: 'session-not-found',
  },
  {
    id: 'session-expired',
    category: 'session-state',
    description: 'a valid submission sent after the 30-minute session lifetime',
    request: async (c) => {
      const prepared = await c.prepare('citizen-1.8');
      c.clock.advance(SESSION_LIFETIME_PASSED);
      return { request: submitRequest(prepared) };
    },
    status: 410,
    code: 'session-expired',
    enrolmentAfter: 'expired',
  },
  {
    id: 'unknown-route',
    category: 'session-state',
    description: 'a submission posted to a route that does not exist',
    request: async (c) => {
      const prepared = await c.prepare('citizen-1.7');
      const url = `${API_PATHS.application(prepared.sessionId)}/approve`;
      return { request: { ...submitRequest(prepared), url }, intact: submitRequest(prepared) };
    },
    status: 404,
    code: 'not-found',
  },
  {
    id: 'confirm-a-pending-enrolment',
    category: 'session-state',
    description: 'the phone confirms an enrolment before any application was accepted',
    request: async (c) => {
      const { enrolmentId, pollToken } = await c.startEnrolment();
      const headers = { authorization: `Bearer ${pollToken}` };
      return { request: { method: 'POST', url: API_PATHS.confirmEnrolment(enrolmentId), headers } };
    },
    status: 409,
    code: 'enrolment-wrong-state',
  },
  {
    id: 'poll-with-another-poll-token',
    category: 'session-state',
    description: "an enrolment polled with another enrolment's poll token",
    request: async (c) => {
      const mine = await c.startEnrolment();
      const other = await c.startEnrolment();
      const headers = { authorization: `Bearer ${other.pollToken}` };
      return { request: { method: 'GET', url: API_PATHS.enrolment(mine.enrolmentId), headers } };
    },
    status: 401,
    code: 'poll-token-invalid',
  },
];
