import { describe, expect, it } from 'vitest';
import { createServiceClient } from '../../../../../electron/app/service/service-client.ts';
import type { ServiceClientOptions } from '../../../../../electron/app/service/service-client-options.ts';
import {
  ACCEPTED,
  AUTHENTICATION,
  exposed,
  failure,
  OPENED,
  SECRETS,
  SESSION_ID,
  SUBMISSION,
} from './helpers/api-bodies.ts';
import { apiError, closedPort, sendJson } from './helpers/fake-service.ts';
import { fakeServicePerTest } from './helpers/fake-service-per-test.ts';

/** Timeouts, refused connections, answers that are not the API's, size caps and cancellation. */
const serve = fakeServicePerTest();

/** A client that never repeats (each test counts one attempt), with short timeouts. */
function clientFor(baseUrl: string, options: Partial<ServiceClientOptions> = {}) {
  return createServiceClient({
    baseUrl,
    retry: { maxAttempts: 1 },
    timeouts: { connectMs: 1_000, responseMs: 200 },
    ...options,
  });
}

describe('timeouts', () => {
  it('no answer at all → timeout (response), after about responseMs', async () => {
    const service = await serve(() => {});
    const started = performance.now();
    const error = await failure(clientFor(service.baseUrl).openSession());
    expect(error).toMatchObject({ code: 'timeout', reason: 'response', retryable: true, status: undefined });
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('an answer that starts but never ends → timeout: the limit is on the whole answer', async () => {
    const service = await serve((_request, response) => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.write('{"sessionId":');
      const drip = setInterval(() => response.write(' '), 20);
      response.on('close', () => clearInterval(drip));
    });
    const error = await failure(clientFor(service.baseUrl).openSession());
    expect(error).toMatchObject({ code: 'timeout', reason: 'response' });
  });

  it('a per-call timeout overrides the client’s', async () => {
    const service = await serve(() => {});
    const client = clientFor(service.baseUrl, { timeouts: { responseMs: 10_000 } });
    const error = await failure(client.openSession({ timeouts: { responseMs: 50 } }));
    expect(error).toMatchObject({ code: 'timeout' });
  });
});

describe('unreachable', () => {
  it('a refused connection → unreachable (ECONNREFUSED), retryable', async () => {
    const error = await failure(clientFor(`http://127.0.0.1:${await closedPort()}`).openSession());
    expect(error).toMatchObject({ code: 'unreachable', reason: 'ECONNREFUSED', retryable: true });
  });

  it('a connection dropped before the answer → unreachable', async () => {
    const service = await serve((_request, response) => response.socket?.destroy());
    expect(await failure(clientFor(service.baseUrl).openSession())).toMatchObject({ code: 'unreachable' });
  });

  it('a connection dropped in the middle of the answer → unreachable', async () => {
    const service = await serve((_request, response) => {
      response.writeHead(201, { 'content-type': 'application/json', 'content-length': '500' });
      response.write('{"sessionId":', () => response.socket?.destroy());
    });
    expect(await failure(clientFor(service.baseUrl).openSession())).toMatchObject({ code: 'unreachable' });
  });
});

describe('answers that are not the API', () => {
  it.each([
    ['malformed JSON', 201, '{"sessionId": "', 'not-json'],
    ['not UTF-8', 201, Buffer.from('{"nonce":"\xff"}', 'latin1'), 'not-json'],
    ['a missing field', 201, { ...OPENED, nonce: undefined }, 'off-schema'],
    ['an unknown field', 201, { ...OPENED, extra: 1 }, 'off-schema'],
    ['a wrong format', 201, { ...OPENED, expiresAt: 'tomorrow' }, 'off-schema'],
    ['an unexpected 2xx', 200, OPENED, 'status'],
    ['a redirect', 302, '', 'status'],
  ])('%s → bad-response (%s)', async (_what, code, body, reason) => {
    const service = await serve((_request, response) =>
      sendJson(response, code, body, code === 302 ? { location: 'http://evil.test/' } : {}),
    );
    const error = await failure(clientFor(service.baseUrl, { retry: { maxAttempts: 4 } }).openSession());
    expect(error).toMatchObject({ code: 'bad-response', status: code, reason, retryable: false });
    expect(service.requests).toHaveLength(1); // never repeated
  });

  it('an error answer that is not an ApiErrorBody (a proxy page, an unknown code) keeps its status only', async () => {
    for (const body of ['<html>Not Found</html>', apiError('some-future-code'), { error: 'nope' }]) {
      const service = await serve((_request, response) => sendJson(response, 404, body));
      const error = await failure(clientFor(service.baseUrl).bindCode(SESSION_ID, '4H8VN'));
      expect(error).toMatchObject({ code: 'rejected', status: 404, apiCode: undefined });
      await service.close();
    }
  });

  it('an answer larger than maxResponseBytes → bad-response (too-large), declared or streamed', async () => {
    const big = 'x'.repeat(4_096);
    const declared = await serve((_request, response) => {
      response.writeHead(201, {
        'content-type': 'application/json',
        'content-length': String(10 * 1_024 * 1_024),
      });
      response.write('{}'); // then nothing: refused on the declared length, not after a timeout
    });
    const options = { maxResponseBytes: 1_024 };
    expect(await failure(clientFor(declared.baseUrl, options).openSession())).toMatchObject({
      code: 'bad-response',
      reason: 'too-large',
    });
    await declared.close();
    const streamed = await serve((_request, response) => {
      response.writeHead(500, { 'content-type': 'application/json' }); // chunked: no length declared
      const pump = setInterval(() => response.write(big), 5);
      response.on('close', () => clearInterval(pump));
    });
    expect(await failure(clientFor(streamed.baseUrl, options).openSession())).toMatchObject({
      code: 'bad-response',
      reason: 'too-large',
    });
  });

  it('the default cap is 1 MiB', async () => {
    const service = await serve((_request, response) =>
      sendJson(response, 201, 'y'.repeat(1_024 * 1_024 + 1)),
    );
    expect(await failure(clientFor(service.baseUrl).openSession())).toMatchObject({ reason: 'too-large' });
  });
});

describe('cancellation', () => {
  it('aborting mid-request → cancelled at once, and the connection is dropped', async () => {
    let closed = false;
    const service = await serve((_request, response) => response.on('close', () => (closed = true)));
    const controller = new AbortController();
    const client = clientFor(service.baseUrl, { timeouts: { responseMs: 10_000 } });
    const pending = failure(client.submitApplication(SESSION_ID, SUBMISSION, { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    controller.abort();
    expect(await pending).toMatchObject({ code: 'cancelled', retryable: false });
    expect(performance.now() - started).toBeLessThan(1_000); // not the 10 s response timeout
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(true);
    expect(service.requests).toHaveLength(1);
  });

  it('aborting while waiting to retry → cancelled, with no further attempt', async () => {
    const service = await serve((_request, response) =>
      sendJson(response, 503, apiError('internal-error'), { 'retry-after': '10' }),
    );
    const controller = new AbortController();
    const client = clientFor(service.baseUrl, { retry: { maxAttempts: 4 } });
    const pending = failure(client.submitApplication(SESSION_ID, SUBMISSION, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ code: 'cancelled' });
    expect(service.requests).toHaveLength(1);
  });

  it('an already aborted signal → cancelled, nothing sent', async () => {
    const service = await serve((_request, response) => sendJson(response, 201, OPENED));
    const error = await failure(clientFor(service.baseUrl).openSession({ signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ code: 'cancelled' });
    expect(service.requests).toHaveLength(0);
  });
});

describe('what is sent, and what errors expose', () => {
  it('sends JSON to the API paths, the session id escaped in the path, the poll token as a bearer', async () => {
    const service = await serve((request, response) =>
      request.url.endsWith('/application') ? sendJson(response, 201, ACCEPTED) : sendJson(response, 500, ''),
    );
    const client = clientFor(`${service.baseUrl}/prefix/`);
    await client.submitApplication(SESSION_ID, SUBMISSION);
    await failure(client.pollEnrolment('e/1', 'token-123'));
    await failure(client.openSession());
    const [submitted, polled, opened] = service.requests;
    expect(submitted).toMatchObject({
      method: 'POST',
      url: `/prefix/api/v1/sessions/${SESSION_ID}/application`,
    });
    expect(submitted?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(submitted?.body ?? '')).toEqual(SUBMISSION);
    expect(polled).toMatchObject({ method: 'GET', url: '/prefix/api/v1/enrolments/e%2F1', body: '' });
    expect(polled?.headers.authorization).toBe('Bearer token-123');
    expect(opened).toMatchObject({ method: 'POST', url: '/prefix/api/v1/sessions', body: '' });
    expect(opened?.headers['content-type']).toBeUndefined();
  });

  it('never puts the session id, nonce, signature, e-mail or the service’s message in an error', async () => {
    const echo = `session ${SESSION_ID} ${SECRETS.email} ${SECRETS.nonce}`;
    const service = await serve((_request, response) =>
      sendJson(response, 400, apiError('bad-request', { message: echo })),
    );
    const client = clientFor(service.baseUrl);
    for (const error of [
      await failure(client.authenticate(SESSION_ID, AUTHENTICATION)),
      await failure(client.submitApplication(SESSION_ID, SUBMISSION)),
      await failure(client.bindCode(SESSION_ID, '4H8VN')),
      await failure(client.pollEnrolment(SESSION_ID, SECRETS.signature)),
    ]) {
      expect(error).toMatchObject({ code: 'rejected', apiCode: 'bad-request' });
      for (const secret of [SESSION_ID, SECRETS.email, SECRETS.nonce, SECRETS.signature, '4H8VN'])
        expect(exposed(error)).not.toContain(secret);
    }
  });
});
