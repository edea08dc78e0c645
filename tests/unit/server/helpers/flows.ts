import { API_PATHS } from '../../../../common/api/paths.ts';
import type { StartEnrolmentResponse } from '../../../../common/api/schemas/enrolments.ts';
import type { OpenSessionResponse } from '../../../../common/api/schemas/sessions.ts';
import type { SubmitApplicationRequest } from '../../../../common/api/schemas/submission.ts';
import type { TestApp } from './test-app.ts';

/** A DER-shaped stand-in (one SEQUENCE with an INTEGER): the fake verifier does not parse it. */
export const DER_BASE64 = Buffer.from([0x30, 0x03, 0x02, 0x01, 0x01]).toString('base64');

/** Base64 of arbitrary bytes. */
export const b64 = (text: string): string => Buffer.from(text).toString('base64');

/** A well-formed submission body; the fake verifier decides whether it is accepted. */
export function submissionBody(
  application = '{"schema":"be.example.account-application/1"}',
): SubmitApplicationRequest {
  return {
    application: b64(application),
    signature: DER_BASE64,
    files: {
      identity: b64('identity file'),
      identitySignature: b64('identity signature'),
      address: b64('address file'),
      addressSignature: b64('address signature'),
      photo: b64('jpeg'),
      rrnCertificate: DER_BASE64,
    },
    signingCertificate: DER_BASE64,
    caCertificate: DER_BASE64,
    contact: { email: 'anna.peeters@example.be', phone: '+32 470 12 34 56' },
  };
}

/** A well-formed authentication body for `nonce`. */
export function authenticationBody(nonce: string) {
  return {
    nonce,
    token: {
      unverifiedCertificate: DER_BASE64,
      algorithm: 'ES384',
      signature: b64('signature'),
      format: 'web-eid:1.0',
      appVersion: 'https://example.be/eid-wizard/1.0',
    },
    caCertificate: DER_BASE64,
  };
}

/** `POST /enrolments` (expects 201). */
export async function startEnrolment({ app }: TestApp): Promise<StartEnrolmentResponse> {
  const response = await app.inject({ method: 'POST', url: API_PATHS.enrolments });
  if (response.statusCode !== 201) throw new Error(`start: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** `GET /enrolments/:id` with the poll token. */
export function pollEnrolment(
  { app }: TestApp,
  enrolment: StartEnrolmentResponse,
  token = enrolment.pollToken,
) {
  return app.inject({
    method: 'GET',
    url: API_PATHS.enrolment(enrolment.enrolmentId),
    headers: { authorization: `Bearer ${token}` },
  });
}

/** `POST /sessions` (expects 201). */
export async function openSession({ app }: TestApp): Promise<OpenSessionResponse> {
  const response = await app.inject({ method: 'POST', url: API_PATHS.sessions });
  if (response.statusCode !== 201) throw new Error(`open: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** `POST /sessions/:id/authenticate` for an opened session. */
export function authenticate({ app }: TestApp, session: OpenSessionResponse, nonce = session.nonce) {
  return app.inject({
    method: 'POST',
    url: API_PATHS.authenticate(session.sessionId),
    payload: authenticationBody(nonce),
  });
}

/** Opens and authenticates a session; returns the new session id. */
export async function authenticatedSession(t: TestApp): Promise<string> {
  const response = await authenticate(t, await openSession(t));
  if (response.statusCode !== 200) throw new Error(`authenticate: ${response.statusCode} ${response.body}`);
  return (response.json() as { sessionId: string }).sessionId;
}

/** `POST /sessions/:id/code`, from `remoteAddress`. */
export function bindCode({ app }: TestApp, sessionId: string, code: string, remoteAddress = '192.0.2.10') {
  return app.inject({ method: 'POST', url: API_PATHS.bindCode(sessionId), payload: { code }, remoteAddress });
}

/** A started enrolment and an authenticated session bound to its code. */
export async function boundSession(t: TestApp) {
  const enrolment = await startEnrolment(t);
  const sessionId = await authenticatedSession(t);
  const response = await bindCode(t, sessionId, enrolment.code);
  if (response.statusCode !== 200) throw new Error(`bind: ${response.statusCode} ${response.body}`);
  return { enrolment, sessionId };
}

/** `POST /sessions/:id/application`. */
export function submit({ app }: TestApp, sessionId: string, body: unknown = submissionBody()) {
  return app.inject({ method: 'POST', url: API_PATHS.application(sessionId), payload: body as object });
}
