import { API_PATHS } from '../../common/api/paths.ts';
import type { SubmitApplicationRequest } from '../../common/api/schemas/submission.ts';
import { createTestPki } from '../virtual-card/pki/test-pki.ts';
import { DEFAULT_SEED } from '../virtual-card/index.ts';
import { makeRegistration, type Registration } from './registration-fixture.ts';

/**
 * The registration flow against the real service, as the phone and the wizard drive it:
 * over `inject()` (no port) or over HTTP, with registrations made by the virtual card in
 * process. Shared by the end-to-end tests, the negative corpus, the crash test and the
 * benchmark.
 */

/** One API answer. */
export interface ApiAnswer {
  readonly status: number;
  readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of any route
}

/** Sends one request; `body` is JSON unless it is a string (sent as is). */
export type ApiCall = (
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<ApiAnswer>;

/** Anything with Fastify's `inject`. */
interface Injectable {
  inject(options: {
    method: 'GET' | 'POST';
    url: string;
    payload?: string;
    headers?: Record<string, string>;
    remoteAddress?: string;
  }): Promise<{ statusCode: number; body: string }>;
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** Calls through `app.inject()`. */
export function injectApi(app: Injectable, remoteAddress = '192.0.2.1'): ApiCall {
  return async (method, url, body, headers = {}) => {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const response = await app.inject({
      method,
      url,
      payload,
      remoteAddress,
      headers: payload === undefined ? headers : { 'content-type': 'application/json', ...headers },
    });
    return { status: response.statusCode, body: parse(response.body) };
  };
}

/** Calls a listening service over HTTP. */
export function httpApi(baseUrl: string): ApiCall {
  return async (method, url, body, headers = {}) => {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const response = await fetch(baseUrl + url, {
      method,
      body: payload,
      headers: payload === undefined ? headers : { 'content-type': 'application/json', ...headers },
    });
    return { status: response.status, body: parse(await response.text()) };
  };
}

/** The virtual cards' test roots (RSA for 1.7 cards, P-384 for 1.8), DER. */
export function virtualCardRoots(seed = DEFAULT_SEED): Uint8Array[] {
  return (['rsa2048', 'p384'] as const).map((algorithm) => createTestPki(seed, algorithm).root.der);
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** The JSON body of `POST /sessions/:id/application` for a registration. */
export function submissionBody(registration: Registration): SubmitApplicationRequest {
  const { submission } = registration;
  const files = submission.files;
  return {
    application: b64(submission.application),
    signature: b64(submission.signature),
    files: {
      identity: b64(files.identity),
      identitySignature: b64(files.identitySignature),
      address: b64(files.address),
      addressSignature: b64(files.addressSignature),
      rrnCertificate: b64(files.rrnCertificate),
      ...(files.photo ? { photo: b64(files.photo) } : {}),
    },
    signingCertificate: b64(submission.signingCertificate),
    caCertificate: b64(submission.caCertificate),
    contact: { ...submission.contact },
  };
}

/** The JSON body of `POST /sessions/:id/authenticate`. */
export function authenticationBody(registration: Registration, nonce: string) {
  return { nonce, token: registration.token, caCertificate: b64(registration.caCertificate) };
}

function expect(answer: ApiAnswer, status: number, what: string): ApiAnswer['body'] {
  if (answer.status !== status)
    throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** A registration prepared up to the submission, with everything the steps returned. */
export interface PreparedRegistration {
  readonly enrolment: { enrolmentId: string; code: string; pollToken: string };
  readonly sessionId: string;
  readonly nonce: string;
  readonly registration: Registration;
}

/** Options of {@link prepareRegistration}. */
export interface FlowOptions {
  readonly origin: string;
  readonly photo?: boolean;
  readonly contact?: { email: string; phone?: string };
  /** Adjusts the registration (e.g. to tamper with it) before anything is sent. */
  readonly registration?: Parameters<typeof makeRegistration>[1] extends infer O ? Partial<O> : never;
}

/**
 * The wizard's side for a code the phone shows: open a session, authenticate with the card
 * (the session id rotates), bind the code (which names the enrolment), and have the card sign
 * the application for the rotated session. Stops before submitting.
 */
export async function prepareDesktopRegistration(
  api: ApiCall,
  cardId: string,
  code: string,
  options: FlowOptions,
): Promise<Omit<PreparedRegistration, 'enrolment'> & { enrolmentId: string }> {
  const session = expect(await api('POST', API_PATHS.sessions), 201, 'open session');
  const contact = options.contact ?? { email: 'holder@example.be', phone: '+32 470 12 34 56' };
  const base = { origin: options.origin, nonce: session.nonce, contact };
  const forToken = await makeRegistration(cardId, {
    ...base,
    sessionId: session.sessionId,
    enrolmentId: '00000000-0000-4000-8000-000000000000',
    ...options.registration,
  });
  const authenticated = expect(
    await api('POST', API_PATHS.authenticate(session.sessionId), authenticationBody(forToken, session.nonce)),
    200,
    'authenticate',
  );
  const sessionId: string = authenticated.sessionId;
  const bound = expect(await api('POST', API_PATHS.bindCode(sessionId), { code }), 200, 'bind code');
  const registration = await makeRegistration(cardId, {
    ...base,
    sessionId,
    enrolmentId: bound.enrolmentId,
    photo: options.photo ?? false,
    ...options.registration,
  });
  return { enrolmentId: bound.enrolmentId, sessionId, nonce: session.nonce, registration };
}

/** The phone starts an enrolment, then {@link prepareDesktopRegistration} with its code. */
export async function prepareRegistration(
  api: ApiCall,
  cardId: string,
  options: FlowOptions,
): Promise<PreparedRegistration> {
  const enrolment = expect(await api('POST', API_PATHS.enrolments), 201, 'start enrolment');
  const { enrolmentId: _bound, ...desktop } = await prepareDesktopRegistration(
    api,
    cardId,
    enrolment.code,
    options,
  );
  return { enrolment, ...desktop };
}

/** Submits a prepared registration; resolves with the raw answer. */
export function submit(
  api: ApiCall,
  prepared: PreparedRegistration,
  body: unknown = submissionBody(prepared.registration),
) {
  return api('POST', API_PATHS.application(prepared.sessionId), body);
}
