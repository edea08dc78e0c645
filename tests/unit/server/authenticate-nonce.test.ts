import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authenticate, openSession } from './helpers/flows.ts';
import { errorCode, testApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.app.close();
});

/**
 * The nonce of an authentication is used up in the rotation's transaction when the token is
 * accepted, and right after the verdict when it is refused or the verifier fails: every
 * attempt spends it, and exactly one of concurrent attempts succeeds.
 */
describe('authenticate: the nonce is spent by every attempt, once', () => {
  it('spends the nonce when the verifier fails', async () => {
    const session = await openSession(t);
    t.verifier.authenticate = async () => {
      throw new Error('verifier down');
    };
    expect((await authenticate(t, session)).statusCode).toBe(500);
    expect(t.repository.sessions.get(session.sessionId)).toMatchObject({ nonceUsed: true, state: 'open' });
    expect(errorCode(await authenticate(t, session))).toBe('nonce-used');
  });

  it('rotates once when the same token arrives twice at the same time', async () => {
    const session = await openSession(t);
    const answers = await Promise.all([authenticate(t, session), authenticate(t, session)]);

    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(answers.map(errorCode)).toContain('nonce-used');
    const authenticated = [...t.repository.sessions.values()].filter((s) => s.state === 'authenticated');
    expect(authenticated).toHaveLength(1);
    expect(t.repository.sessions.get(session.sessionId)).toMatchObject({ state: 'closed', nonceUsed: true });
  });

  it('answers nonce-used to a refused attempt whose nonce a concurrent success already spent', async () => {
    const session = await openSession(t);
    const accept = t.verifier.authenticationResult;
    let calls = 0;
    t.verifier.authenticate = async () => {
      calls++;
      if (calls === 1) return accept;
      await new Promise((resolve) => setTimeout(resolve, 20)); // the second one decides later
      return { ok: false, code: 'token-signature-invalid' };
    };
    const [first, second] = await Promise.all([authenticate(t, session), authenticate(t, session)]);

    expect(first.statusCode).toBe(200);
    expect(errorCode(second)).toBe('nonce-used');
  });

  it('does not spend the nonce of a request refused before verification', async () => {
    const session = await openSession(t);
    expect(errorCode(await authenticate(t, session, 'bm90IHRoZSBub25jZQ=='))).toBe('nonce-invalid');
    expect(t.repository.sessions.get(session.sessionId)).toMatchObject({ nonceUsed: false });
    expect((await authenticate(t, session)).statusCode).toBe(200);
  });
});
