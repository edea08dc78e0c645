import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceClient } from '../../../../../electron/app/service/service-client.ts';
import { OPENED, failure } from './helpers/api-bodies.ts';
import { sendJson, startFakeService, startSilentServer, type FakeService } from './helpers/fake-service.ts';
import { makeTestTls, type TestTls } from './helpers/test-tls.ts';

/**
 * HTTPS with the trust store: a throwaway CA (made with the virtual card's certificate builder)
 * issues the loopback service's certificate; the client trusts it only when configured to.
 */
let tls: TestTls;
let service: FakeService;
beforeAll(async () => {
  tls = makeTestTls();
  service = await startFakeService((_request, response) => sendJson(response, 201, OPENED), tls);
});
afterAll(async () => {
  await service.close();
});

describe('HTTPS', () => {
  it('succeeds when the CA is given as an extra CA, PEM or DER, by address or by name', async () => {
    for (const extra of [tls.caPem, tls.caDer]) {
      const client = createServiceClient({ baseUrl: service.baseUrl, extraCaCertificates: [extra] });
      expect(await client.openSession()).toEqual(OPENED);
    }
    const byName = createServiceClient({
      baseUrl: `https://localhost:${service.port}`,
      extraCaCertificates: [tls.caPem],
    });
    expect(await byName.openSession()).toEqual(OPENED);
  });

  it('fails with tls, not retried, without the CA (the system store does not know it)', async () => {
    const before = service.requests.length;
    const client = createServiceClient({ baseUrl: service.baseUrl, retry: { initialDelayMs: 1 } });
    const error = await failure(client.openSession());
    expect(error).toMatchObject({ code: 'tls', retryable: false, status: undefined });
    expect(error.reason).toMatch(/CERT|SIGNATURE/u);
    expect(service.requests.length).toBe(before); // no HTTP request was ever sent
  });

  it('fails with tls when the certificate names another host', async () => {
    const other = makeTestTls(['register.example.test']);
    const elsewhere = await startFakeService((_request, response) => sendJson(response, 201, OPENED), other);
    try {
      const client = createServiceClient({ baseUrl: elsewhere.baseUrl, extraCaCertificates: [other.caPem] });
      expect(await failure(client.openSession())).toMatchObject({
        code: 'tls',
        reason: 'ERR_TLS_CERT_ALTNAME_INVALID',
      });
    } finally {
      await elsewhere.close();
    }
  });

  it('a handshake that never completes is a connect timeout', async () => {
    const silent = await startSilentServer();
    try {
      const client = createServiceClient({
        baseUrl: `https://127.0.0.1:${silent.port}`,
        timeouts: { connectMs: 100, responseMs: 10_000 },
        retry: { maxAttempts: 1 },
      });
      expect(await failure(client.openSession())).toMatchObject({ code: 'timeout', reason: 'connect' });
      expect(silent.connections()).toBe(1);
    } finally {
      await silent.close();
    }
  });
});

describe('plain HTTP', () => {
  it.each([
    'http://register.example.be',
    'http://192.0.2.1:8480',
    'http://[2001:db8::1]/',
    'http://localhost.example.be',
  ])('to %s is refused before any connection (invalid-url)', (baseUrl) => {
    expect(() => createServiceClient({ baseUrl })).toThrow(
      expect.objectContaining({ code: 'invalid-url', reason: 'plain-http' }),
    );
  });

  it.each(['http://127.0.0.1:8480', 'http://localhost:8480', 'http://[::1]:8480', 'http://127.1.2.3'])(
    'to the loopback host %s is allowed (the local demo service)',
    (baseUrl) => {
      expect(createServiceClient({ baseUrl }).origin).toBe(new URL(baseUrl).origin);
    },
  );
});
