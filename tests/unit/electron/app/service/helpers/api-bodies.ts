import type {
  AuthenticateRequest,
  OpenSessionResponse,
} from '../../../../../../common/api/schemas/sessions.ts';
import type {
  SubmitApplicationRequest,
  SubmitApplicationResponse,
} from '../../../../../../common/api/schemas/submission.ts';
import { ServiceClientError } from '../../../../../../electron/app/service/service-client-error.ts';

/** A session id as the service makes them (a secret: tests check it never shows up in errors). */
export const SESSION_ID = '5e551011-aaaa-4bbb-8ccc-0123456789ab';

/** A well-formed answer to `POST /sessions`. */
export const OPENED: OpenSessionResponse = {
  sessionId: SESSION_ID,
  nonce: Buffer.alloc(32, 9).toString('base64'),
  expiresAt: '2025-06-15T10:05:00.000Z',
  sessionExpiresAt: '2025-06-15T10:30:00.000Z',
};

/** A well-formed answer to a submission. */
export const ACCEPTED: SubmitApplicationResponse = {
  applicationId: 'a0000000-0000-4000-8000-000000000001',
  enrolmentId: 'e0000000-0000-4000-8000-000000000002',
  status: 'accepted',
};

/** Personal data in the request bodies below, which must never appear in an error. */
export const SECRETS = {
  email: 'anna.peeters@example.be',
  nonce: 'bm9uY2Utbm9uY2Utbm9uY2Utbm9uY2Utbm9uY2Utbm8=',
  signature: 'c2lnbmF0dXJlLXNlY3JldA==',
} as const;

/** A submission body (the fake services do not look into it). */
export const SUBMISSION: SubmitApplicationRequest = {
  application: 'eyJ9',
  signature: 'MAMCAQE=',
  files: {
    identity: 'aWQ=',
    identitySignature: 'c2ln',
    address: 'YWQ=',
    addressSignature: 'c2ln',
    rrnCertificate: 'MAMCAQE=',
  },
  signingCertificate: 'MAMCAQE=',
  caCertificate: 'MAMCAQE=',
  contact: { email: SECRETS.email },
};

/** An authentication body. */
export const AUTHENTICATION: AuthenticateRequest = {
  nonce: SECRETS.nonce,
  token: {
    unverifiedCertificate: 'MAMCAQE=',
    algorithm: 'ES384',
    signature: SECRETS.signature,
    format: 'web-eid:1.0',
  },
  caCertificate: 'MAMCAQE=',
};

/** The rejection of `promise`, which must be a ServiceClientError. */
export async function failure(promise: Promise<unknown>): Promise<ServiceClientError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ServiceClientError))
    throw new Error(`expected a ServiceClientError, got ${String(error)}`);
  return error;
}

/** Everything an error exposes, as one string (message, fields, stack). */
export function exposed(error: ServiceClientError): string {
  return `${String(error)} ${JSON.stringify(error)} ${error.stack ?? ''}`;
}
