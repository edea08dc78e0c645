import type { ApiErrorCode } from '../../common/api/error-codes.ts';

/** How the service answers one error code: the HTTP status and an English developer message. */
export interface ErrorEntry {
  readonly status: number;
  readonly message: string;
}

const entry = (status: number, message: string): ErrorEntry => ({ status, message });

/** A refusal of the cryptographic checks: the request was well-formed but its content is not accepted. */
const refused = (message: string): ErrorEntry => entry(422, message);

/**
 * Every error code with its status and message (exhaustive: a new code in
 * common/api/error-codes.ts does not compile until it is given one here). Messages are fixed
 * texts, never built from input or exceptions, so no answer can leak internals.
 */
export const ERROR_CATALOGUE: Readonly<Record<ApiErrorCode, ErrorEntry>> = {
  'bad-request': entry(400, 'The request is malformed.'),
  'unsupported-media-type': entry(415, 'Send application/json.'),
  'payload-too-large': entry(413, 'The request body is too large.'),
  'malformed-base64': entry(400, 'A binary field is not valid standard base64.'),
  'malformed-der': entry(400, 'A certificate or signature is not a single DER element.'),
  'not-found': entry(404, 'There is nothing at this address.'),
  'rate-limited': entry(429, 'Too many attempts from this address; try again later.'),
  'internal-error': entry(500, 'Something went wrong on our side.'),
  'enrolment-not-found': entry(404, 'No such enrolment.'),
  'enrolment-expired': entry(410, 'The enrolment has expired.'),
  'enrolment-wrong-state': entry(409, 'The enrolment is not in a state that allows this.'),
  'poll-token-invalid': entry(401, 'The poll token is missing or wrong.'),
  'session-not-found': entry(404, 'No such session.'),
  'session-expired': entry(410, 'The session has expired.'),
  'session-closed': entry(409, 'The session is closed.'),
  'session-wrong-state': entry(409, 'The session is not in a state that allows this.'),
  'nonce-expired': entry(410, 'The nonce has expired; open a new session.'),
  'nonce-used': entry(409, 'The nonce was already used; open a new session.'),
  'token-malformed': entry(400, 'The authentication token is malformed.'),
  'token-format-unsupported': refused('The authentication token format is not supported.'),
  'token-algorithm-unsupported': refused('The authentication token algorithm is not supported.'),
  'token-signature-invalid': refused('The authentication token signature is not valid.'),
  'origin-mismatch': refused('The token was not signed for this origin.'),
  'certificate-malformed': entry(400, 'A certificate is malformed.'),
  'certificate-untrusted': refused('A certificate does not chain to a trusted root.'),
  'certificate-expired': refused('A certificate has expired.'),
  'certificate-not-yet-valid': refused('A certificate is not yet valid.'),
  'certificate-wrong-key-usage': refused('A certificate is not meant for this use.'),
  'certificate-revoked': refused('A certificate has been revoked.'),
  'certificate-revocation-unknown': entry(503, 'The revocation status could not be checked; try again.'),
  'certificate-subject-mismatch': refused('The certificates belong to different persons.'),
  'code-invalid': entry(400, 'The registration code is wrong or no longer valid.'),
  'code-expired': entry(410, 'The registration code has expired; start again on the phone.'),
  'code-tries-exhausted': entry(403, 'Too many wrong codes; the session is closed.'),
  'identity-signature-invalid': refused('The identity file signature is not valid.'),
  'address-signature-invalid': refused('The address file signature is not valid.'),
  'photo-hash-mismatch': refused('The photo does not match the identity file.'),
  'rrn-certificate-untrusted': refused('The RRN certificate is not trusted.'),
  'national-number-mismatch': refused('The card data belong to another person than the session.'),
  'signature-invalid': refused('The application signature is not valid.'),
  'signature-attributes-invalid': refused('The application signature attributes are not valid.'),
  'application-malformed': refused('The application is malformed.'),
  'application-mismatch': refused('The application does not match the session or the card data.'),
  'nonce-invalid': entry(400, 'The nonce is not the one of this session.'),
  'code-malformed': entry(400, 'The registration code must be 5 symbols of its alphabet.'),
};
