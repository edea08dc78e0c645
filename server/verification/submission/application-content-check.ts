import type { ApiErrorCode } from '../../../common/api/error-codes.ts';
import { ParseError } from '../../../common/binary/parse-error.ts';
import type { ApplicationCardFiles } from '../../../common/application/account-application.ts';
import {
  compareApplicationWithCard,
  type ApplicationExpectation,
} from '../../../common/application/compare-with-card.ts';
import { parseAccountApplication } from '../../../common/application/parse-account-application.ts';
import { sha256Hex } from '../certificate-store.ts';
import type { SubmissionInput } from '../verifier.ts';

/** Lower-case hex SHA-256 of the files as received (what `hashCardFiles` computes on the wizard). */
function receivedFileHashes(files: SubmissionInput['files']): ApplicationCardFiles {
  const hashes = {
    identity: sha256Hex(files.identity),
    identitySignature: sha256Hex(files.identitySignature),
    address: sha256Hex(files.address),
    addressSignature: sha256Hex(files.addressSignature),
    rrnCertificate: sha256Hex(files.rrnCertificate),
  };
  return files.photo === undefined ? hashes : { ...hashes, photo: sha256Hex(files.photo) };
}

/**
 * The signed application's content (pki-and-signing.md §6.3): exactly canonical RFC 8785 bytes
 * of the version-1 schema (`parseAccountApplication`, else `application-malformed`), whose
 * applicant and address equal the RRN-verified files, whose session and enrolment are the
 * session's, whose contact is the one submitted and whose card-file hashes are those of the
 * files received (else `application-mismatch`).
 */
export function checkApplicationContent(
  bytes: Uint8Array,
  input: SubmissionInput,
  card: Pick<ApplicationExpectation, 'identity' | 'address'>,
): ApiErrorCode | undefined {
  let application;
  try {
    application = parseAccountApplication(bytes);
  } catch (error) {
    if (error instanceof ParseError) return 'application-malformed';
    throw error;
  }
  const differences = compareApplicationWithCard(application, {
    ...card,
    contact: input.contact,
    session: { id: input.session.id, enrolmentId: input.session.enrolmentId },
    cardFiles: receivedFileHashes(input.files),
  });
  return differences.length === 0 ? undefined : 'application-mismatch';
}
