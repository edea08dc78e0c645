import type { SubmitApplicationRequest } from '../../../../common/api/schemas/submission.ts';
import type { SubmissionInput } from '../../../verification/verifier.ts';
import { decodeBase64Field, decodeDerField } from '../../../http/decode.ts';

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
    application: decodeBase64Field(body.application),
    signature: decodeDerField(body.signature),
    files: {
      identity: decodeBase64Field(files.identity),
      identitySignature: decodeBase64Field(files.identitySignature),
      address: decodeBase64Field(files.address),
      addressSignature: decodeBase64Field(files.addressSignature),
      ...(files.photo === undefined ? {} : { photo: decodeBase64Field(files.photo) }),
      rrnCertificate: decodeDerField(files.rrnCertificate),
    },
    signingCertificate: decodeDerField(body.signingCertificate),
    caCertificate: decodeDerField(body.caCertificate),
    contact:
      body.contact.phone === undefined
        ? { email: body.contact.email }
        : { email: body.contact.email, phone: body.contact.phone },
  };
}
