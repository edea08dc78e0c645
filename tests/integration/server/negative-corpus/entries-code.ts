import { expect } from 'vitest';
import { REGISTRATION_CODE_ALPHABET } from '../../../../common/api/registration-code.ts';
import { API_PATHS } from '../../../../common/api/paths.ts';
import type { CorpusContext } from './corpus-context.ts';
import type { CorpusEntry, CorpusRequest } from './corpus-types.ts';
import { submitRequest } from './tamper.ts';

/**
 * The registration code (`POST /sessions/:id/code`): guessing (5 tries per session, 10
 * attempts a minute per client address), expiry, and codes of other enrolments.
 */

/** The `n`-th code that differs from `code` in its last symbol (never `code` itself). */
function wrongCode(code: string, n: number): string {
  const last = REGISTRATION_CODE_ALPHABET.indexOf(code.slice(-1));
  return code.slice(0, -1) + REGISTRATION_CODE_ALPHABET[(last + 1 + n) % REGISTRATION_CODE_ALPHABET.length];
}

const bind = (sessionId: string, code: string): CorpusRequest => ({
  method: 'POST',
  url: API_PATHS.bindCode(sessionId),
  body: { code },
});

/** Sends `count` wrong codes to `sessionId`, each answered code-invalid with one try less. */
async function guess(context: CorpusContext, sessionId: string, code: string, count: number, first = 0) {
  for (let n = 0; n < count; n++) {
    const answer = await context.api('POST', API_PATHS.bindCode(sessionId), {
      code: wrongCode(code, first + n),
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'code-invalid', triesLeft: 4 - n });
  }
}

/** One code lifetime (900 s in the test configuration) and a second. */
const CODE_LIFETIME_PASSED = 15 * 60 + 1;

export const CODE_ENTRIES: readonly CorpusEntry[] = [
  {
    id: 'code-fifth-wrong-guess',
    category: 'code-brute-force',
    description: 'four wrong codes (each code-invalid, one try less), then the fifth wrong one',
    request: async (c) => {
      const { code } = await c.startEnrolment();
      const sessionId = await c.authenticatedSession('citizen-1.8');
      await guess(c, sessionId, code, 4);
      return { request: bind(sessionId, wrongCode(code, 4)) };
    },
    status: 403,
    code: 'code-tries-exhausted',
  },
  {
    id: 'code-right-after-exhaustion',
    category: 'code-brute-force',
    description: 'five wrong codes close the session: the right code is refused afterwards',
    request: async (c) => {
      const { code } = await c.startEnrolment();
      const sessionId = await c.authenticatedSession('citizen-1.7');
      await guess(c, sessionId, code, 4);
      const fifth = await c.api('POST', API_PATHS.bindCode(sessionId), { code: wrongCode(code, 4) });
      expect(fifth.body.error.code).toBe('code-tries-exhausted');
      return { request: bind(sessionId, code) };
    },
    status: 409,
    code: 'session-closed',
  },
  {
    id: 'code-guessing-rate-limited',
    category: 'code-brute-force',
    description:
      'ten guesses from one address over three fresh sessions; the eleventh (the right code) is refused',
    request: async (c) => {
      const { code } = await c.startEnrolment();
      const sessions = [];
      for (const card of ['citizen-1.8', 'citizen-1.7', 'foreigner-1.8'])
        sessions.push(await c.authenticatedSession(card));
      await guess(c, sessions[0]!, code, 4);
      await guess(c, sessions[1]!, code, 4, 4);
      await guess(c, sessions[2]!, code, 2, 8);
      return { request: bind(sessions[2]!, code) };
    },
    status: 429,
    code: 'rate-limited',
    check: (answer) => expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1),
  },
  {
    id: 'code-expired-at-binding',
    category: 'expired-code',
    description: 'the right code, typed one second after its 15 minutes',
    request: async (c) => {
      const { code } = await c.startEnrolment();
      const sessionId = await c.authenticatedSession('citizen-1.8');
      c.clock.advance(CODE_LIFETIME_PASSED);
      return { request: bind(sessionId, code) };
    },
    status: 400,
    code: 'code-invalid',
    enrolmentAfter: 'expired',
  },
  {
    id: 'code-expired-before-submission',
    category: 'expired-code',
    description: 'a valid submission sent after the bound code expired',
    request: async (c) => {
      const prepared = await c.prepare('citizen-1.8');
      c.clock.advance(CODE_LIFETIME_PASSED);
      return { request: submitRequest(prepared), intact: submitRequest(prepared) };
    },
    status: 410,
    code: 'code-expired',
    enrolmentAfter: 'expired',
  },
  {
    id: 'code-expired-before-submission-rsa',
    category: 'expired-code',
    description: 'a valid submission of citizen-1.7 sent 20 minutes after the code was shown',
    request: async (c) => {
      const prepared = await c.prepare('citizen-1.7');
      c.clock.advance(20 * 60);
      return { request: submitRequest(prepared) };
    },
    status: 410,
    code: 'code-expired',
    enrolmentAfter: 'expired',
  },
  {
    id: 'code-already-bound-by-another-session',
    category: 'code-of-another-enrolment',
    description: "someone else's session binds a code that citizen-1.8's session already bound",
    request: async (c) => {
      const { code } = await c.startEnrolment();
      const first = await c.authenticatedSession('citizen-1.8');
      const bound = await c.api('POST', API_PATHS.bindCode(first), { code });
      expect(bound.status).toBe(200);
      const second = await c.authenticatedSession('pin-1-try-1.8');
      return { request: bind(second, code) };
    },
    status: 400,
    code: 'code-invalid',
    check: (_answer, body) => expect(body.error.triesLeft).toBe(4),
  },
  {
    id: 'second-code-after-binding',
    category: 'code-of-another-enrolment',
    description: 'a session already bound to one enrolment tries the code of another',
    request: async (c) => {
      const prepared = await c.prepare('citizen-1.7');
      const other = await c.startEnrolment();
      return { request: bind(prepared.sessionId, other.code), intact: submitRequest(prepared) };
    },
    status: 409,
    code: 'session-wrong-state',
  },
  {
    id: 'code-with-letter-u',
    category: 'request-shape',
    description: 'a code with U, which is not in the alphabet (no try is counted)',
    request: async (c) => {
      await c.startEnrolment();
      return { request: bind(await c.authenticatedSession('citizen-1.8'), 'UUUUU') };
    },
    status: 400,
    code: 'code-malformed',
  },
  {
    id: 'code-too-short',
    category: 'request-shape',
    description: 'a code of three symbols',
    request: async (c) => {
      const { code } = await c.startEnrolment();
      return { request: bind(await c.authenticatedSession('citizen-1.7'), code.slice(0, 3)) };
    },
    status: 400,
    code: 'code-malformed',
  },
  {
    id: 'code-before-authentication',
    category: 'session-state',
    description: 'the right code bound to a session that never authenticated',
    request: async (c) => {
      const { code } = await c.startEnrolment();
      const { sessionId } = await c.openSession();
      return { request: bind(sessionId, code) };
    },
    status: 409,
    code: 'session-wrong-state',
  },
];
