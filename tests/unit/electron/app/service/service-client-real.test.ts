import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceClient } from '../../../../../electron/app/service/service-client.ts';
import type { ServiceClient } from '../../../../../electron/app/service/service-client.ts';
import { makeRegistration } from '../../../../support/registration-fixture.ts';
import { authenticationBody, submissionBody } from '../../../../support/service-flow.ts';
import { failure } from './helpers/api-bodies.ts';
import { SERVICE_ORIGIN, startRealService, type RealService } from './helpers/real-service.ts';

/**
 * The client against the real service in process (real verifier, SQLite), listening on
 * 127.0.0.1, with registrations made by the virtual card exactly as the wizard makes them.
 */
const CARD = 'citizen-1.8';
const CONTACT = { email: 'holder@example.be', phone: '+32 470 12 34 56' };
const PLACEHOLDER_ENROLMENT = '00000000-0000-4000-8000-000000000000';

let service: RealService;
let client: ServiceClient;
beforeAll(async () => {
  service = await startRealService();
  client = createServiceClient({ baseUrl: service.baseUrl, retry: { initialDelayMs: 5 } });
});
afterAll(async () => {
  await service.close();
});

/** Opens a session and authenticates it with the card; returns the old and the new session id. */
async function authenticatedSession() {
  const session = await client.openSession();
  const forToken = await makeRegistration(CARD, {
    origin: SERVICE_ORIGIN,
    nonce: session.nonce,
    sessionId: session.sessionId,
    enrolmentId: PLACEHOLDER_ENROLMENT,
    contact: CONTACT,
  });
  const request = authenticationBody(forToken, session.nonce);
  const authenticated = await client.authenticate(session.sessionId, request);
  return { session, request, sessionId: authenticated.sessionId };
}

describe('the service client against the real service', () => {
  it('runs the whole desktop flow, and the phone sees it through', async () => {
    const enrolment = await client.startEnrolment();
    const { session, sessionId } = await authenticatedSession();
    expect(sessionId).not.toBe(session.sessionId); // rotated on authentication

    const bound = await client.bindCode(sessionId, ` ${enrolment.code.toLowerCase()} `);
    expect(bound.enrolmentId).toBe(enrolment.enrolmentId);
    const registration = await makeRegistration(CARD, {
      origin: SERVICE_ORIGIN,
      nonce: session.nonce,
      sessionId,
      enrolmentId: bound.enrolmentId,
      contact: CONTACT,
    });
    const first = await client.submitApplication(sessionId, submissionBody(registration));
    expect(first).toMatchObject({ enrolmentId: enrolment.enrolmentId, status: 'accepted' });

    const again = await client.submitApplication(sessionId, submissionBody(registration));
    expect(again).toEqual(first); // idempotent: the same enrolment and application, not a duplicate

    const polled = await client.pollEnrolment(enrolment.enrolmentId, enrolment.pollToken);
    expect(polled.status).toBe('awaiting-confirmation');
    expect(polled.holderName).toContain(registration.application.applicant.surname);
    expect(await client.confirmEnrolment(enrolment.enrolmentId, enrolment.pollToken)).toEqual({
      enrolmentId: enrolment.enrolmentId,
      status: 'active',
    });
  });

  it('reports a wrong code as rejected with the API code and the tries left', async () => {
    await client.startEnrolment();
    const { sessionId } = await authenticatedSession();
    const error = await failure(client.bindCode(sessionId, 'ZZZZZ'));
    expect(error).toMatchObject({
      code: 'rejected',
      apiCode: 'code-invalid',
      status: 400,
      triesLeft: 4,
      retryable: false,
    });
    expect(error.message).not.toContain('ZZZZZ');
    expect(error.message).not.toContain(sessionId);
  });

  it('reports a nonce used twice as rejected (nonce-used), never retrying', async () => {
    const { session, request } = await authenticatedSession();
    const error = await failure(client.authenticate(session.sessionId, request));
    expect(error).toMatchObject({ code: 'rejected', apiCode: 'nonce-used', status: 409 });
    expect(error.message).not.toContain(session.sessionId);
    expect(error.message).not.toContain(session.nonce);
  });

  it('reports an off-schema body and an unknown session as rejected, without naming the session', async () => {
    const unknown = '0123abcd-0000-4000-8000-000000000000';
    const error = await failure(client.submitApplication(unknown, { bogus: true } as never));
    expect(error).toMatchObject({ code: 'rejected', apiCode: 'bad-request', status: 400 });
    const missing = await failure(client.bindCode(unknown, '4H8VN'));
    expect(missing).toMatchObject({ code: 'rejected', apiCode: 'session-not-found', status: 404 });
    expect(`${missing.message} ${JSON.stringify(missing)}`).not.toContain(unknown);
  });

  it('passes the rate limit on code attempts on as rate-limited with Retry-After, not retried', async () => {
    const limited = await startRealService({ codeAttemptsPerMinute: 1 });
    try {
      const retries: unknown[] = [];
      const strict = createServiceClient({
        baseUrl: limited.baseUrl,
        onRetry: (event) => retries.push(event),
      });
      const unknown = '0123abcd-0000-4000-8000-000000000001';
      expect(await failure(strict.bindCode(unknown, '4H8VN'))).toMatchObject({
        apiCode: 'session-not-found',
      });
      const error = await failure(strict.bindCode(unknown, '4H8VN'));
      expect(error).toMatchObject({
        code: 'rate-limited',
        apiCode: 'rate-limited',
        status: 429,
        retryable: true,
      });
      expect(error.retryAfterMs).toBeGreaterThanOrEqual(1_000);
      expect(retries).toEqual([]);
    } finally {
      await limited.close();
    }
  });
});
