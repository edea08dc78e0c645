import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authenticatedSession, bindCode, startEnrolment } from './helpers/flows.ts';
import { errorCode, testApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.app.close();
});

/** An enrolment whose code is `4H8VN`, and an authenticated session. */
async function arrange() {
  t.random.queueInts(4, 17, 8, 27, 21);
  const enrolment = await startEnrolment(t);
  const sessionId = await authenticatedSession(t);
  return { enrolment, sessionId };
}

describe('desktop API: bind the registration code', () => {
  it('binds the code and answers when it expires', async () => {
    const { enrolment, sessionId } = await arrange();
    const response = await bindCode(t, sessionId, '4H8VN');

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ enrolmentId: enrolment.enrolmentId, expiresAt: enrolment.expiresAt });
    expect(t.repository.sessions.get(sessionId)).toMatchObject({
      state: 'code-bound',
      enrolmentId: enrolment.enrolmentId,
    });
  });

  it.each(['4h8vn', '4H8 VN', '4h8-vn', ' 4-H-8-V-N '])(
    'tolerates case, spaces and dashes: %j',
    async (typed) => {
      const { sessionId } = await arrange();
      expect((await bindCode(t, sessionId, typed)).statusCode).toBe(200);
    },
  );

  it.each([
    ['O for 0', 'OABCD', '0ABCD'],
    ['I for 1', 'I2345', '12345'],
    ['L for 1', 'l2345', '12345'],
  ])('reads %s', async (_name, typed, code) => {
    t.random.queueInts(...[...code].map((c) => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(c)));
    await startEnrolment(t);
    const sessionId = await authenticatedSession(t);
    expect((await bindCode(t, sessionId, typed)).statusCode).toBe(200);
  });

  it.each(['4H8VU', '4H8V', '4H8VNN', '4H8V!'])(
    'refuses %j as malformed, without costing a try',
    async (typed) => {
      const { sessionId } = await arrange();
      const response = await bindCode(t, sessionId, typed);
      expect(response.statusCode).toBe(400);
      expect(errorCode(response)).toBe('code-malformed');
      expect(t.repository.sessions.get(sessionId)!.wrongCodeTries).toBe(0);
    },
  );

  it('counts wrong codes, and closes the session at the fifth', async () => {
    const { sessionId } = await arrange();
    for (const triesLeft of [4, 3, 2, 1]) {
      const wrong = await bindCode(t, sessionId, '4H8VM');
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({ error: { code: 'code-invalid', triesLeft } });
    }
    const fifth = await bindCode(t, sessionId, '4H8VM');
    expect(fifth.statusCode).toBe(403);
    expect(errorCode(fifth)).toBe('code-tries-exhausted');
    expect(t.repository.sessions.get(sessionId)!.state).toBe('closed');
    // Even the right code is refused now.
    expect(errorCode(await bindCode(t, sessionId, '4H8VN'))).toBe('session-closed');
  });

  it('refuses an expired code like a wrong one', async () => {
    const { sessionId } = await arrange();
    t.clock.advance(15 * 60_000);
    expect(errorCode(await bindCode(t, sessionId, '4H8VN'))).toBe('code-invalid');
  });

  it('refuses a code before authentication', async () => {
    await arrange();
    const opened = await t.app.inject({ method: 'POST', url: '/api/v1/sessions' });
    const response = await bindCode(t, opened.json().sessionId, '4H8VN');
    expect(errorCode(response)).toBe('session-wrong-state');
  });

  it('answers the same when the same code is sent again, and refuses another', async () => {
    const { enrolment, sessionId } = await arrange();
    await bindCode(t, sessionId, '4H8VN');
    const again = await bindCode(t, sessionId, '4h8-vn');
    expect(again.statusCode).toBe(200);
    expect(again.json().enrolmentId).toBe(enrolment.enrolmentId);
    expect(errorCode(await bindCode(t, sessionId, 'ZZZZZ'))).toBe('session-wrong-state');
  });

  it('uses a code once: a second session cannot bind it', async () => {
    const { sessionId } = await arrange();
    await bindCode(t, sessionId, '4H8VN');
    const other = await authenticatedSession(t);
    expect(errorCode(await bindCode(t, other, '4H8VN'))).toBe('code-invalid');
  });

  it('rate-limits code attempts per client address (10 a minute)', async () => {
    const sessions = await Promise.all([1, 2, 3].map(() => authenticatedSession(t)));
    let attempts = 0;
    for (const sessionId of sessions) {
      for (let i = 0; i < 4 && attempts < 10; i++, attempts++) {
        expect((await bindCode(t, sessionId, 'ZZZZZ', '198.51.100.7')).statusCode).toBe(400);
      }
    }
    const limited = await bindCode(t, sessions[2]!, 'ZZZZZ', '198.51.100.7');
    expect(limited.statusCode).toBe(429);
    expect(errorCode(limited)).toBe('rate-limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address has its own budget; the limited address gets a token back after 6 s.
    expect((await bindCode(t, sessions[2]!, 'ZZZZZ', '198.51.100.8')).statusCode).toBe(400);
    t.clock.advance(6_000);
    expect(errorCode(await bindCode(t, sessions[2]!, 'ZZZZZ', '198.51.100.7'))).toBe('code-invalid');
  });
});
