import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  retryDelay,
} from '../../../../../electron/app/service/retry-policy.ts';
import {
  ServiceClientError,
  type ServiceClientErrorInit,
} from '../../../../../electron/app/service/service-client-error.ts';

const error = (init: Omit<ServiceClientErrorInit, 'operation'>) =>
  new ServiceClientError({ operation: 'test', ...init });
const policy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 4, initialDelayMs: 100, maxDelayMs: 300 };

describe('backoffDelay', () => {
  it('doubles from initialDelayMs, is capped at maxDelayMs, and keeps at least half of it', () => {
    expect([0, 1, 2, 3].map((retry) => backoffDelay(retry, policy, () => 0))).toEqual([50, 100, 150, 150]);
    expect([0, 1, 2, 3].map((retry) => backoffDelay(retry, policy, () => 0.999999))).toEqual([
      100, 200, 300, 300,
    ]);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-06-15T10:00:00.000Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    [['3', '5'], 3_000],
    ['Sun, 15 Jun 2025 10:00:30 GMT', 30_000],
    ['Sun, 15 Jun 2025 09:00:00 GMT', 0], // in the past: now
    ['soon', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %s ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('retryDelay', () => {
  const random = () => 0;
  it.each([
    ['unreachable', undefined],
    ['timeout', undefined],
    ['timeout', 408],
    ['rate-limited', 429],
    ['server-error', 502],
    ['server-error', 503],
    ['server-error', 504],
  ] as const)('repeats %s (%s)', (code, status) => {
    expect(retryDelay(error({ code, status }), 1, policy, random)).toBe(50);
  });

  it.each([
    ['server-error', 500],
    ['server-error', 501],
    ['rejected', 400],
    ['rejected', 404],
    ['rejected', 409],
    ['tls', undefined],
    ['bad-response', 201],
    ['cancelled', undefined],
    ['invalid-url', undefined],
  ] as const)('never repeats %s (%s)', (code, status) => {
    expect(retryDelay(error({ code, status }), 1, policy, random)).toBeUndefined();
  });

  it('stops when the attempts are used up', () => {
    const transient = error({ code: 'unreachable' });
    expect(retryDelay(transient, 3, policy, random)).toBe(150);
    expect(retryDelay(transient, 4, policy, random)).toBeUndefined();
  });

  it('takes Retry-After as is when the service sent one, up to maxRetryAfterMs', () => {
    expect(
      retryDelay(error({ code: 'rate-limited', status: 429, retryAfterMs: 2_000 }), 1, policy, random),
    ).toBe(2_000);
    expect(
      retryDelay(error({ code: 'server-error', status: 503, retryAfterMs: 30_000 }), 1, policy, random),
    ).toBe(30_000);
    expect(
      retryDelay(error({ code: 'server-error', status: 503, retryAfterMs: 30_001 }), 1, policy, random),
    ).toBeUndefined();
  });
});

describe('ServiceClientError', () => {
  it('says what failed from fixed texts, the status and the API code only', () => {
    expect(error({ code: 'rejected', status: 400, apiCode: 'code-invalid', triesLeft: 3 }).message).toBe(
      'test: the service refused the request (HTTP 400, code-invalid)',
    );
    expect(error({ code: 'unreachable', reason: 'ECONNREFUSED' }).message).toBe(
      'test: the service could not be reached',
    );
  });

  it('is retryable for transient failures only', () => {
    expect(error({ code: 'server-error', status: 503 }).retryable).toBe(true);
    expect(error({ code: 'server-error', status: 500 }).retryable).toBe(false);
    expect(error({ code: 'rejected', status: 409 }).retryable).toBe(false);
    expect(error({ code: 'timeout' }).retryable).toBe(true);
  });
});
