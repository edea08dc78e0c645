import type { Static, TSchema } from 'typebox';
import { API_PATHS } from '../../../common/api/paths.ts';
import type {
  ConfirmEnrolmentResponse,
  EnrolmentStatusResponse,
  StartEnrolmentResponse,
} from '../../../common/api/schemas/enrolments.ts';
import type {
  AuthenticateRequest,
  AuthenticateResponse,
  BindCodeResponse,
  OpenSessionResponse,
} from '../../../common/api/schemas/sessions.ts';
import type {
  SubmitApplicationRequest,
  SubmitApplicationResponse,
} from '../../../common/api/schemas/submission.ts';
import { callWithRetry } from './call-with-retry.ts';
import { readAnswer } from './read-answer.ts';
import { DEFAULT_RETRY_POLICY } from './retry-policy.ts';
import { sendRequest, transportAgent, type Transport } from './send-request.ts';
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUTS,
  type CallOptions,
  type ServiceClientOptions,
} from './service-client-options.ts';
import { ENDPOINTS, type Endpoint } from './service-endpoints.ts';
import { parseServiceUrl } from './service-url.ts';
import { createTrustContext } from './trusted-certificates.ts';

/**
 * The registration service as the wizard's main process sees it (registration-flow.md "The
 * service"). Every method resolves with the answer checked against its schema in common/api,
 * or rejects with a `ServiceClientError`. Session ids, nonces, tokens and poll tokens are
 * secrets: the client never puts them in an error, and never logs.
 */
export interface ServiceClient {
  /** The service's origin (`https://host[:port]`), which Web eID tokens are normally signed for. */
  readonly origin: string;
  /** `POST /sessions`: a new session and its nonce to sign. Retried. */
  openSession(options?: CallOptions): Promise<OpenSessionResponse>;
  /** `POST /sessions/:id/authenticate`: the answer carries the new session id. Never retried. */
  authenticate(
    sessionId: string,
    request: AuthenticateRequest,
    options?: CallOptions,
  ): Promise<AuthenticateResponse>;
  /** `POST /sessions/:id/code`, the code as typed (the service normalises it). Never retried. */
  bindCode(sessionId: string, code: string, options?: CallOptions): Promise<BindCodeResponse>;
  /** `POST /sessions/:id/application` (contact data travel in it). Retried: idempotent. */
  submitApplication(
    sessionId: string,
    submission: SubmitApplicationRequest,
    options?: CallOptions,
  ): Promise<SubmitApplicationResponse>;
  /** Phone side, for the CLI and demos: `POST /enrolments`. Retried. */
  startEnrolment(options?: CallOptions): Promise<StartEnrolmentResponse>;
  /** Phone side: `GET /enrolments/:id` with the poll token. Retried. */
  pollEnrolment(
    enrolmentId: string,
    pollToken: string,
    options?: CallOptions,
  ): Promise<EnrolmentStatusResponse>;
  /** Phone side: `POST /enrolments/:id/confirm` with the poll token. Retried. */
  confirmEnrolment(
    enrolmentId: string,
    pollToken: string,
    options?: CallOptions,
  ): Promise<ConfirmEnrolmentResponse>;
}

/**
 * A client for the service at `options.baseUrl`. Checks the URL (`invalid-url` for plain HTTP
 * off loopback) and builds the trust store (Node's CAs + the system's + `extraCaCertificates`)
 * once, here; nothing is connected until a method is called. Each HTTP request has its own
 * connect and response timeouts; only the calls that are safe to repeat are retried, with
 * jittered exponential back-off (see `service-endpoints.ts` for the per-call reasons).
 */
export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  const location = parseServiceUrl(options.baseUrl);
  const transport: Transport = {
    location,
    secureContext:
      location.protocol === 'https:' ? createTrustContext(options.extraCaCertificates) : undefined,
    agent: transportAgent(location),
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    userAgent: options.userAgent ?? 'eid-wizard',
  };
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const random = options.random ?? Math.random;

  function call<S extends TSchema>(
    endpoint: Endpoint<S>,
    path: string,
    perCall: CallOptions = {},
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Static<S>> {
    const { operation } = endpoint;
    const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts, ...perCall.timeouts };
    const outgoing = {
      method: endpoint.method,
      path,
      body: body === undefined ? undefined : JSON.stringify(body),
      headers,
    };
    const limits = { ...timeouts, signal: perCall.signal };
    return callWithRetry(
      async () => readAnswer(operation, await sendRequest(transport, operation, outgoing, limits), endpoint),
      {
        operation,
        retried: endpoint.retried,
        policy,
        random,
        signal: perCall.signal,
        onRetry: options.onRetry,
      },
    );
  }
  const bearer = (pollToken: string) => ({ authorization: `Bearer ${pollToken}` });

  return {
    origin: location.origin,
    openSession: (o) => call(ENDPOINTS.openSession, API_PATHS.sessions, o),
    authenticate: (id, request, o) => call(ENDPOINTS.authenticate, API_PATHS.authenticate(id), o, request),
    bindCode: (id, code, o) => call(ENDPOINTS.bindCode, API_PATHS.bindCode(id), o, { code }),
    submitApplication: (id, submission, o) =>
      call(ENDPOINTS.submitApplication, API_PATHS.application(id), o, submission),
    startEnrolment: (o) => call(ENDPOINTS.startEnrolment, API_PATHS.enrolments, o),
    pollEnrolment: (id, token, o) =>
      call(ENDPOINTS.pollEnrolment, API_PATHS.enrolment(id), o, undefined, bearer(token)),
    confirmEnrolment: (id, token, o) =>
      call(ENDPOINTS.confirmEnrolment, API_PATHS.confirmEnrolment(id), o, undefined, bearer(token)),
  };
}
