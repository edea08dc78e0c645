import type { SubmissionInput } from '../verifier.ts';

const bytes = (value: unknown): boolean => value instanceof Uint8Array && value.length > 0;
const text = (value: unknown): boolean => typeof value === 'string' && value.length > 0;

/**
 * Whether a submission has every field with the right type (routes decode base64 into
 * `Uint8Array`s; this guards callers that bypass them): non-empty byte arrays, a non-empty
 * e-mail, a string phone when present, session ids and a valid `now`.
 */
export function isSubmissionShape(input: SubmissionInput): boolean {
  const { files, contact, session } = input;
  return (
    bytes(input.application) &&
    bytes(input.signature) &&
    bytes(input.signingCertificate) &&
    bytes(input.caCertificate) &&
    [
      files.identity,
      files.identitySignature,
      files.address,
      files.addressSignature,
      files.rrnCertificate,
    ].every(bytes) &&
    (files.photo === undefined || bytes(files.photo)) &&
    text(contact.email) &&
    (contact.phone === undefined || typeof contact.phone === 'string') &&
    text(session.id) &&
    text(session.enrolmentId) &&
    text(session.nationalNumber) &&
    input.now instanceof Date &&
    !Number.isNaN(input.now.getTime())
  );
}
