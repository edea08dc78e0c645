import type { SubmitApplicationRequest } from '../../../../common/api/schemas/submission.ts';
import type { SubmissionInput } from '../../../verification/verifier.ts';
import { base64Field, derField } from './binary-fields.ts';

/** The decoded submission, without what the session contributes. */
export type DecodedSubmission = Omit<SubmissionInput, 'session' | 'now'>;

/**
 * Decodes the submission body (base64 → bytes), checking that certificates and the CMS are
 * single DER elements. Throws `malformed-base64` / `malformed-der` before anything is looked
 * up or stored.
 */
export function decodeSubmission(body: SubmitApplicationRequest): DecodedSubmission {
  const { files } = body;
  return {
    application: base64Field(body.application),
    signature: derField(body.signature),
    files: {
      identity: base64Field(files.identity),
      identitySignature: base64Field(files.identitySignature),
      address: base64Field(files.address),
      addressSignature: base64Field(files.addressSignature),
      ...(files.photo === undefined ? {} : { photo: base64Field(files.photo) }),
      rrnCertificate: derField(files.rrnCertificate),
    },
    signingCertificate: derField(body.signingCertificate),
    caCertificate: derField(body.caCertificate),
    contact:
      body.contact.phone === undefined
        ? { email: body.contact.email }
        : { email: body.contact.email, phone: body.contact.phone },
  };
}
