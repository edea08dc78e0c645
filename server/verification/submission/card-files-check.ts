import type { ApiErrorCode } from '../../../common/api/error-codes.ts';
import { ParseError } from '../../../common/binary/parse-error.ts';
import { parseAddressFile, type Address } from '../../../common/eid/address-file.ts';
import { parseIdentityFile } from '../../../common/eid/identity-file.ts';
import type { Identity } from '../../../common/eid/identity.ts';
import { verifyPhotoHash } from '../../../common/eid/integrity/file-hashes.ts';
import { addressSignedData } from '../../../common/eid/integrity/signed-data.ts';
import { begun } from '../begun.ts';
import { hasBelgianPolicy } from '../belgian-policies.ts';
import { storedCertificate } from '../holder-chain.ts';
import type { VerifierContext } from '../verifier-context.ts';
import type { SubmissionInput } from '../verifier.ts';
import { rrnSignatureValid } from './rrn-file-signature.ts';

/** The RRN-verified identity and address, or the code of the first failed check. */
export type CardFilesResult =
  | { readonly ok: true; readonly identity: Identity; readonly address: Address }
  | { readonly ok: false; readonly code: ApiErrorCode };

function tryParse<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ParseError) return undefined;
    throw error;
  }
}

/** `check()`'s verdict; malformed bytes (a `ParseError`) count as a failed check. */
async function passes(check: () => Promise<boolean>): Promise<boolean> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof ParseError) return false;
    throw error;
  }
}

/**
 * pki-and-signing.md §4.4 items 1–3 with the `common/eid/integrity` checks: the RRN
 * certificate chains to an anchor with purpose `rrn` (cached per certificate; Belgian RRN
 * policy), the RRN signature over the identity file and over stripped address ‖ identity
 * signature (node:crypto with the cached RRN key, `rrnSignatureValid`; both signatures on the
 * thread pool at once, their verdicts taken in this order), and, when the photo is
 * sent, its hash against identity tag 11. Codes:
 * `certificate-malformed`, `rrn-certificate-untrusted`, `identity-signature-invalid`,
 * `address-signature-invalid`, `photo-hash-mismatch`, and `bad-request` for files that are
 * signed but do not parse.
 */
export async function verifyCardFiles(
  context: VerifierContext,
  files: SubmissionInput['files'],
  now: Date,
): Promise<CardFilesResult> {
  const rrn = await storedCertificate(context.store, files.rrnCertificate);
  if (rrn === undefined) return { ok: false, code: 'certificate-malformed' };
  const chain = await context.links.verify(rrn.info.der, now, 'rrn');
  const policy = !context.checkPolicies || hasBelgianPolicy(rrn.info.policies, 'rrn');
  if (chain !== undefined || !policy) return { ok: false, code: 'rrn-certificate-untrusted' };

  const identity = tryParse(() => parseIdentityFile(files.identity).identity);
  const photoHashLength = identity?.photoHash.bytes.length;
  // node:crypto with the cached RRN key (the common/eid/integrity recipe, rrn-file-signature.ts).
  const identitySigned = begun(
    passes(() => rrnSignatureValid(rrn, files.identity, files.identitySignature, photoHashLength)),
  );
  const addressData = addressSignedData(files.address, files.identitySignature);
  const addressSigned = begun(
    // Started right after the identity's (1 on the pool).
    passes(() => rrnSignatureValid(rrn, addressData, files.addressSignature, photoHashLength, 1)),
  );
  if (!(await identitySigned)) return { ok: false, code: 'identity-signature-invalid' };
  if (!(await addressSigned)) return { ok: false, code: 'address-signature-invalid' };
  const address = tryParse(() => parseAddressFile(files.address).address);
  if (identity === undefined || address === undefined) return { ok: false, code: 'bad-request' };
  const { photo } = files;
  if (photo !== undefined) {
    const matches = await passes(
      async () => (await verifyPhotoHash(photo, identity.photoHash.bytes)).matches,
    );
    if (!matches) return { ok: false, code: 'photo-hash-mismatch' };
  }
  return { ok: true, identity, address };
}
