import { describe, expect, it } from 'vitest';
import type { RetryEvent } from '../../../../../electron/app/service/call-with-retry.ts';
import { createServiceClient } from '../../../../../electron/app/service/service-client.ts';
import type { ServiceClientOptions } from '../../../../../electron/app/service/service-client-options.ts';
import { ACCEPTED, AUTHENTICATION, failure, OPENED, SESSION_ID, SUBMISSION } from './helpers/api-bodies.ts';
import { apiError, sendJson, type FakeHandler, type FakeService } from './helpers/fake-service.ts';
import { fakeServicePerTest } from './helpers/fake-service-per-test.ts';

/** Which calls are repeated, how often and how patiently, against scripted node:http services. */
const startFake = fakeServicePerTest();

/** A fake answering request n with `script[n]` (the last one again after the end). */
function scripted(...script: FakeHandler[]): Promise<FakeService> {
  return startFake((request, response, index) => {
    const handler = script[Math.min(index, script.length - 1)] as FakeHandler;
    handler(request, response, index);
  });
}

const status =
  (code: number, body: unknown, headers: Record<string, string> = {}): FakeHandler =>
  (_request, response) =>
    sendJson(response, code, body, headers);
const unavailable = status(503, apiError('certificate-revocation-unknown'));
const accepted = status(201, ACCEPTED);

/** A client for `service` with tiny back-offs, recording its retries. */
function clientFor(service: FakeService, options: Partial<ServiceClientOptions> = {}) {
  const retries: RetryEvent[] = [];
  const client = createServiceClient({
    baseUrl: service.baseUrl,
    retry: { initialDelayMs: 2, maxDelayMs: 10 },
    timeouts: { responseMs: 300 },
    onRetry: (event) => retries.push(event),
    ...options,
  });
  return { client, retries };
}

describe('submitApplication (idempotent): retried', () => {
  it('503 then 201: two attempts, the same body each time', async () => {
    const service = await scripted(unavailable, accepted);
    const { client, retries } = clientFor(service);
    expect(await client.submitApplication(SESSION_ID, SUBMISSION)).toEqual(ACCEPTED);
    expect(service.requests).toHaveLength(2);
    expect(service.requests[1]?.body).toBe(service.requests[0]?.body);
    expect(retries.map((r) => [r.attempt, r.error.code, r.error.status])).toEqual([[1, 'server-error', 503]]);
  });

  it('502, 504, 408 then 200 (a repeat of a stored application): four attempts', async () => {
    const service = await scripted(
      status(502, 'Bad Gateway'),
      status(504, ''),
      status(408, ''),
      status(200, ACCEPTED),
    );
    const { client } = clientFor(service);
    expect(await client.submitApplication(SESSION_ID, SUBMISSION)).toEqual(ACCEPTED);
    expect(service.requests).toHaveLength(4);
  });

  it('a lost answer (no answer in time, then a reset connection) is repeated', async () => {
    const service = await scripted(
      () => {}, // never answers: the response timeout
      (_request, response) => response.socket?.destroy(),
      accepted,
    );
    const { client, retries } = clientFor(service, { timeouts: { responseMs: 100 } });
    expect(await client.submitApplication(SESSION_ID, SUBMISSION)).toEqual(ACCEPTED);
    expect(retries.map((r) => r.error.code)).toEqual(['timeout', 'unreachable']);
    expect(service.requests).toHaveLength(3);
  });

  it('gives up after maxAttempts with the last error, which is retryable', async () => {
    const service = await scripted(unavailable);
    const { client, retries } = clientFor(service, { retry: { maxAttempts: 3, initialDelayMs: 1 } });
    const error = await failure(client.submitApplication(SESSION_ID, SUBMISSION));
    expect(error).toMatchObject({
      code: 'server-error',
      status: 503,
      apiCode: 'certificate-revocation-unknown',
      retryable: true,
    });
    expect(service.requests).toHaveLength(3);
    expect(retries).toHaveLength(2);
  });

  it.each([
    [400, 'bad-request', 'rejected'],
    [409, 'session-wrong-state', 'rejected'],
    [422, 'signature-invalid', 'rejected'],
    [500, 'internal-error', 'server-error'],
  ])('never repeats %i (%s)', async (code, apiCode, clientCode) => {
    const service = await scripted(status(code, apiError(apiCode)), accepted);
    const { client } = clientFor(service);
    const error = await failure(client.submitApplication(SESSION_ID, SUBMISSION));
    expect(error).toMatchObject({ code: clientCode, status: code, apiCode, retryable: false });
    expect(service.requests).toHaveLength(1);
  });

  it('backs off exponentially, capped, with jitter drawn from `random`', async () => {
    const service = await scripted(unavailable, unavailable, unavailable, unavailable, accepted);
    const { client, retries } = clientFor(service, {
      retry: { maxAttempts: 5, initialDelayMs: 8, maxDelayMs: 20 },
      random: () => 0.5,
    });
    await client.submitApplication(SESSION_ID, SUBMISSION);
    // ceilings 8, 16, 20 (capped), 20; each waits 3/4 of its ceiling with random() = 0.5
    expect(retries.map((r) => r.delayMs)).toEqual([6, 12, 15, 15]);
  });
});

describe('Retry-After', () => {
  it('is honoured on 429 before the back-off', async () => {
    const service = await scripted(status(429, apiError('rate-limited'), { 'retry-after': '1' }), accepted);
    const { client, retries } = clientFor(service);
    const started = performance.now();
    expect(await client.submitApplication(SESSION_ID, SUBMISSION)).toEqual(ACCEPTED);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(retries.map((r) => r.delayMs)).toEqual([1_000]);
  });

  it('is honoured on 503, even when it says 0 (no back-off then)', async () => {
    const service = await scripted(status(503, apiError('internal-error'), { 'retry-after': '0' }), accepted);
    const { client, retries } = clientFor(service, { random: () => 0.99 });
    await client.submitApplication(SESSION_ID, SUBMISSION);
    expect(retries.map((r) => r.delayMs)).toEqual([0]);
    expect(service.requests).toHaveLength(2);
  });

  it('beyond maxRetryAfterMs is not waited for: the error carries it', async () => {
    const service = await scripted(
      status(503, apiError('internal-error'), { 'retry-after': '120' }),
      accepted,
    );
    const { client } = clientFor(service);
    const error = await failure(client.submitApplication(SESSION_ID, SUBMISSION));
    expect(error).toMatchObject({ code: 'server-error', retryAfterMs: 120_000 });
    expect(service.requests).toHaveLength(1);
  });
});

describe('authenticate and bindCode (not idempotent): never retried', () => {
  it('503 on authenticate: exactly one attempt', async () => {
    const service = await scripted(
      unavailable,
      status(200, { sessionId: SESSION_ID, sessionExpiresAt: OPENED.expiresAt }),
    );
    const { client, retries } = clientFor(service);
    const error = await failure(client.authenticate(SESSION_ID, AUTHENTICATION));
    expect(error).toMatchObject({ code: 'server-error', status: 503, retryable: true });
    expect(service.requests).toHaveLength(1);
    expect(retries).toEqual([]);
  });

  it('a timeout on authenticate: exactly one attempt', async () => {
    const service = await scripted(() => {});
    const { client } = clientFor(service, { timeouts: { responseMs: 100 } });
    expect(await failure(client.authenticate(SESSION_ID, AUTHENTICATION))).toMatchObject({ code: 'timeout' });
    expect(service.requests).toHaveLength(1);
  });

  it.each([
    [503, 'server-error', {}],
    [429, 'rate-limited', { 'retry-after': '1' }],
  ])('%i on bindCode: exactly one attempt', async (code, clientCode, headers) => {
    const service = await scripted(
      status(code, apiError(code === 429 ? 'rate-limited' : 'internal-error'), headers),
    );
    const { client } = clientFor(service);
    expect(await failure(client.bindCode(SESSION_ID, '4H8VN'))).toMatchObject({
      code: clientCode,
      status: code,
    });
    expect(service.requests).toHaveLength(1);
  });
});

describe('the other calls', () => {
  it('openSession, pollEnrolment and confirmEnrolment are retried', async () => {
    const enrolmentId = ACCEPTED.enrolmentId;
    const status200 = { enrolmentId, status: 'pending', expiresAt: OPENED.expiresAt };
    const service = await scripted(
      unavailable,
      status(201, OPENED),
      status(502, ''),
      status(200, status200),
      status(504, ''),
      status(200, { enrolmentId, status: 'active' }),
    );
    const { client } = clientFor(service);
    expect(await client.openSession()).toEqual(OPENED);
    expect(await client.pollEnrolment(enrolmentId, 'p'.repeat(43))).toEqual(status200);
    expect(await client.confirmEnrolment(enrolmentId, 'p'.repeat(43))).toMatchObject({ status: 'active' });
    expect(service.requests).toHaveLength(6);
  });
});
