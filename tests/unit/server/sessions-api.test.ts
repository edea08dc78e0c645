import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../../common/api/paths.ts';
import { sha256Hex } from '../../../server/security/hashes.ts';
import { HOLDER } from './helpers/fakes.ts';
import { authenticate, authenticationBody, bindCode, openSession, startEnrolment } from './helpers/flows.ts';
import { errorCode, testApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.app.close();
});

describe('desktop API: open a session and authenticate', () => {
  it('opens a session with a 32-byte base64 nonce valid 5 minutes, stored as its SHA-256', async () => {
    const session = await openSession(t);

    expect(Buffer.from(session.nonce, 'base64')).toHaveLength(32);
    expect(Date.parse(session.expiresAt) - t.clock.now().getTime()).toBe(5 * 60_000);
    expect(Date.parse(session.sessionExpiresAt) - t.clock.now().getTime()).toBe(30 * 60_000);
    const stored = t.repository.sessions.get(session.sessionId)!;
    expect(stored.nonceHash).toBe(sha256Hex(session.nonce));
    expect(stored.state).toBe('open');
  });

  it('uses 128 random bits for the session id, in the UUID layout', async () => {
    const ids = await Promise.all([openSession(t), openSession(t)]);
    expect(ids[0].sessionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ids[0].sessionId).not.toBe(ids[1].sessionId);
  });

  it('authenticates, hands the verifier origin, nonce and CA, and rotates the session id', async () => {
    const session = await openSession(t);
    const response = await authenticate(t, session);

    expect(response.statusCode).toBe(200);
    const { sessionId } = response.json();
    expect(sessionId).not.toBe(session.sessionId);
    const [input] = t.verifier.authentications;
    expect(input).toMatchObject({ origin: 'https://register.example.be', nonce: session.nonce });
    expect(input!.caCertificate).toEqual(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]));
    expect(t.repository.sessions.get(sessionId)).toMatchObject({
      state: 'authenticated',
      nationalNumber: HOLDER.nationalNumber,
      nonceUsed: true,
    });
    expect(t.repository.sessions.get(session.sessionId)!.state).toBe('closed');
  });

  it('uses the nonce once: a second authentication is nonce-used', async () => {
    const session = await openSession(t);
    expect((await authenticate(t, session)).statusCode).toBe(200);
    const again = await authenticate(t, session);
    expect(again.statusCode).toBe(409);
    expect(errorCode(again)).toBe('nonce-used');
    expect(t.verifier.authentications).toHaveLength(1);
  });

  it('uses the nonce up even when the verifier refuses the token', async () => {
    const session = await openSession(t);
    t.verifier.authenticationResult = { ok: false, code: 'token-signature-invalid' };
    const refused = await authenticate(t, session);
    expect(refused.statusCode).toBe(422);
    expect(errorCode(refused)).toBe('token-signature-invalid');
    expect(errorCode(await authenticate(t, session))).toBe('nonce-used');
  });

  it('refuses an expired nonce', async () => {
    const session = await openSession(t);
    t.clock.advance(5 * 60_000);
    const response = await authenticate(t, session);
    expect(response.statusCode).toBe(410);
    expect(errorCode(response)).toBe('nonce-expired');
    expect(t.verifier.authentications).toHaveLength(0);
  });

  it('refuses a nonce that is not the session’s, without using it up', async () => {
    const session = await openSession(t);
    const other = await openSession(t);
    const response = await authenticate(t, session, other.nonce);
    expect(errorCode(response)).toBe('nonce-invalid');
    expect((await authenticate(t, session)).statusCode).toBe(200);
  });

  it('refuses malformed input before using the nonce', async () => {
    const session = await openSession(t);
    const response = await t.app.inject({
      method: 'POST',
      url: API_PATHS.authenticate(session.sessionId),
      payload: { ...authenticationBody(session.nonce), caCertificate: 'MAMCAQE' },
    });
    expect(errorCode(response)).toBe('malformed-base64');
    const der = await t.app.inject({
      method: 'POST',
      url: API_PATHS.authenticate(session.sessionId),
      payload: {
        ...authenticationBody(session.nonce),
        caCertificate: Buffer.from('not der').toString('base64'),
      },
    });
    expect(errorCode(der)).toBe('malformed-der');
    expect(t.repository.sessions.get(session.sessionId)!.nonceUsed).toBe(false);
  });

  it('answers session-not-found and session-expired', async () => {
    const unknown = await authenticate(t, {
      ...(await openSession(t)),
      sessionId: '00000000-0000-0000-0000-000000000000',
    });
    expect(errorCode(unknown)).toBe('session-not-found');
    const session = await openSession(t);
    t.clock.advance(30 * 60_000);
    expect(errorCode(await authenticate(t, session))).toBe('session-expired');
  });

  it('closes the old id: binding a code with it is session-closed', async () => {
    const session = await openSession(t);
    await authenticate(t, session);
    const enrolment = await startEnrolment(t);
    const response = await bindCode(t, session.sessionId, enrolment.code);
    expect(response.statusCode).toBe(409);
    expect(errorCode(response)).toBe('session-closed');
  });
});
