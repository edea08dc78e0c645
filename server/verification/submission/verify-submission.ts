import type { ApiErrorCode } from '../../../common/api/error-codes.ts';
import { begun } from '../begun.ts';
import { sha256Hex, type StoredCertificate } from '../certificate-store.ts';
import { startHolderChain } from '../holder-chain.ts';
import { holderProfileProblem } from '../holder-profile.ts';
import { isRoutineKey } from '../node-signature.ts';
import { revocationCode } from '../revocation.ts';
import type { VerifierContext } from '../verifier-context.ts';
import type { SubmissionInput, SubmissionResult } from '../verifier.ts';
import { checkApplicationContent } from './application-content-check.ts';
import { verifyApplicationSignature } from './application-signature-check.ts';
import { verifyCardFiles } from './card-files-check.ts';
import { isSubmissionShape } from './submission-shape.ts';

const refuse = (code: ApiErrorCode): SubmissionResult => ({ ok: false, code });

/**
 * Re-verifies a submission (registration-flow.md "submit the application";
 * pki-and-signing.md §4.4, §2.2, §1.4, §6.3), cheapest and most specific checks first, the
 * network last:
 *
 * 1. card files: RRN chain, identity/address signatures, photo hash (`verifyCardFiles`);
 * 2. identity national number = the session's, i.e. the authentication certificate's
 *    (`national-number-mismatch`);
 * 3. signing certificate → CA → anchors with nonRepudiation, Belgian signing policy,
 *    qcStatements, subject national number = identity's (`certificate-subject-mismatch`);
 * 4. the CAdES-BES over the exact application bytes (`verifyApplicationSignature`);
 * 5. the application: canonical, schema, equal to card, session, contact and files;
 * 6. OCSP of the signing certificate when configured.
 *
 * The four signatures (RRN over identity and address, CA over the signing certificate, the
 * CMS signer: the last only with a routine key, `isRoutineKey`) are computed at once, on the
 * thread pool and the event loop, as soon as their inputs are parsed; the verdicts are taken in
 * the order above, so a submission gets the same code as when the checks ran one by one.
 *
 * On success: the SHA-256 of the application bytes (the idempotency key) and
 * "FirstNames Surname" from the identity file.
 */
export async function verifySubmission(
  context: VerifierContext,
  input: SubmissionInput,
): Promise<SubmissionResult> {
  if (!isSubmissionShape(input)) return refuse('bad-request');
  const { now } = input;
  const cardCheck = begun(verifyCardFiles(context, input.files, now));
  const chainCheck = begun(
    startHolderChain(context, input.signingCertificate, input.caCertificate, 'signing', now),
  );
  const cms = (signer: StoredCertificate) =>
    verifyApplicationSignature(context, input.signature, input.application, signer, now);
  // A routine key's CMS check starts once the certificate is parsed; others wait for the chain.
  const early = begun(
    chainCheck.then((started) =>
      started.ok && isRoutineKey(started.leaf.key) ? cms(started.leaf) : undefined,
    ),
  );

  const card = await cardCheck;
  if (!card.ok) return refuse(card.code);
  const { identity } = card;
  if (identity.nationalNumber !== input.session.nationalNumber) return refuse('national-number-mismatch');

  const chain = await chainCheck;
  if (!chain.ok) return refuse(chain.code);
  const link = await chain.link;
  if (link !== undefined) return refuse(link);
  const signer = chain.leaf;
  const profile = holderProfileProblem(signer.info, 'signing', context);
  if (profile !== undefined) return refuse(profile);
  if (signer.info.subject.serialNumber !== identity.nationalNumber)
    return refuse('certificate-subject-mismatch');

  const signature = isRoutineKey(signer.key) ? await early : await cms(signer);
  if (signature !== undefined) return refuse(signature);
  const content = checkApplicationContent(input.application, input, card);
  if (content !== undefined) return refuse(content);

  const revocation = await revocationCode(context, signer, chain.issuer, now);
  if (revocation !== undefined) return refuse(revocation);
  return {
    ok: true,
    applicationSha256: sha256Hex(input.application),
    holderName: `${identity.firstNamesTrimmed} ${identity.surname}`,
  };
}
