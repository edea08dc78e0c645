import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../../common/api/paths.ts';
import { authenticatedSession, bindCode, openSession, submissionBody } from './helpers/flows.ts';
import { errorCode, testApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp({ bodyLimitBytes: 4_096 });
});
afterEach(async () => {
  await t.app.close();
});

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

/** No answer may carry a stack trace or an exception's text. */
function expectNoLeak(body: string): void {
  expect(body).not.toMatch(/stack|\bat .+\.ts:\d+|node_modules|Error:/);
}

describe('bad input is refused with a stable code, and nothing is stored', () => {
  it('413 payload-too-large for an oversized body', async () => {
    const sessionId = await authenticatedSession(t);
    const response = await t.app.inject({
      method: 'POST',
      url: API_PATHS.application(sessionId),
      payload: { ...submissionBody(), application: 'A'.repeat(8_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(errorCode(response)).toBe('payload-too-large');
    expect(await t.repository.countApplications()).toBe(0);
  });

  it.each(['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data'])(
    '415 unsupported-media-type for %s',
    async (type) => {
      const sessionId = await authenticatedSession(t);
      const response = await t.app.inject({
        method: 'POST',
        url: API_PATHS.bindCode(sessionId),
        headers: { 'content-type': type },
        payload: 'code=4H8VN',
      });
      expect(response.statusCode).toBe(415);
      expect(errorCode(response)).toBe('unsupported-media-type');
    },
  );

  it.each([
    ['malformed JSON', '{"code": '],
    ['an empty JSON body', ''],
    ['prototype poisoning', '{"code":"4H8VN","__proto__":{"x":1}}'],
    ['an unknown field', '{"code":"4H8VN","extra":1}'],
    ['a wrong type', '{"code":12345}'],
    ['a missing field', '{}'],
    ['an array', '[]'],
  ])('400 bad-request for %s', async (_name, payload) => {
    const sessionId = await authenticatedSession(t);
    const response = await t.app.inject({
      method: 'POST',
      url: API_PATHS.bindCode(sessionId),
      headers: { 'content-type': 'application/json' },
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(errorCode(response)).toBe('bad-request');
    expect(t.repository.sessions.get(sessionId)!.wrongCodeTries).toBe(0);
  });

  it('400 bad-request for an unknown field in a nested object', async () => {
    const session = await openSession(t);
    const response = await t.app.inject({
      method: 'POST',
      url: API_PATHS.authenticate(session.sessionId),
      payload: {
        nonce: session.nonce,
        token: {
          unverifiedCertificate: 'MAA=',
          algorithm: 'ES384',
          signature: 'AA==',
          format: 'web-eid:1.0',
          x: 1,
        },
        caCertificate: 'MAA=',
      },
    });
    expect(errorCode(response)).toBe('bad-request');
    expect(t.repository.sessions.get(session.sessionId)!.nonceUsed).toBe(false);
  });

  it('400 bad-request for a body sent to a route that takes none; an empty object is fine', async () => {
    const refused = await t.app.inject({ method: 'POST', url: API_PATHS.enrolments, payload: { code: 'x' } });
    expect(errorCode(refused)).toBe('bad-request');
    expect(t.repository.enrolments.size).toBe(0);
    expect((await t.app.inject({ method: 'POST', url: API_PATHS.enrolments, payload: {} })).statusCode).toBe(
      201,
    );
  });

  it('404 not-found for an unknown route', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing' });
    expect(response.statusCode).toBe(404);
    expect(errorCode(response)).toBe('not-found');
  });

  it('500 internal-error with a fixed message for anything unexpected', async () => {
    t.repository.getSession = () => Promise.reject(new Error('disk /var/lib/secret failed\n    at x.ts:1:1'));
    const response = await bindCode(t, '00000000-0000-0000-0000-000000000000', '4H8VN');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: 'internal-error', message: 'Something went wrong on our side.' },
    });
    expect(response.body).not.toContain('secret');
  });

  it('never answers with a stack trace', async () => {
    const sessionId = await authenticatedSession(t);
    for (const payload of ['{"code": ', '{"code":1}', '{"code":"4H8VN","x":1}']) {
      const response = await t.app.inject({
        method: 'POST',
        url: API_PATHS.bindCode(sessionId),
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expectNoLeak(response.body);
    }
  });

  it('sets the security headers on successes, refusals and 404s', async () => {
    const answers = [
      await t.app.inject({ method: 'POST', url: API_PATHS.sessions }),
      await bindCode(t, '00000000-0000-0000-0000-000000000000', '4H8VN'),
      await t.app.inject({ method: 'GET', url: '/nothing' }),
      await t.app.inject({ method: 'GET', url: '/openapi.json' }),
    ];
    for (const response of answers) {
      expect(response.headers).toMatchObject(SECURITY_HEADERS);
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000');
    }
  });
});
