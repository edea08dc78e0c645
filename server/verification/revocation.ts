import type { ApiErrorCode } from '../../common/api/error-codes.ts';
import type { StoredCertificate } from './certificate-store.ts';
import { ocspErrorCode } from './ocsp/ocsp-checker.ts';
import type { VerifierContext } from './verifier-context.ts';

/**
 * The revocation verdict for a holder certificate whose chain was verified (pki-and-signing.md
 * §2.5: the server checks OCSP for the authentication and signing certificates): `undefined`
 * when no checker is configured or the status allows the certificate, else
 * `certificate-revoked` / `certificate-revocation-unknown`.
 */
export async function revocationCode(
  context: VerifierContext,
  leaf: StoredCertificate,
  issuer: StoredCertificate,
  now: Date,
): Promise<ApiErrorCode | undefined> {
  if (context.ocsp === undefined) return undefined;
  const outcome = await context.ocsp.check({
    certificate: leaf.info.der,
    issuer: issuer.info.der,
    trustAnchors: context.trustAnchors,
    now,
  });
  return ocspErrorCode(outcome, context.ocsp.failClosed);
}
