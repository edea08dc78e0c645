import type { ApiErrorCode } from '../../common/api/error-codes.ts';
import { ParseError } from '../../common/binary/parse-error.ts';
import type { CertificateInfo } from '../../common/pki/certificate.ts';
import { hasBelgianPolicy } from './belgian-policies.ts';
import { extensionOids, QC_STATEMENTS_OID } from './certificate-extensions.ts';

/** Options of {@link holderProfileProblem}. */
export interface HolderProfileOptions {
  /** Require a Belgian policy OID (pki-and-signing.md §3.3); off only for foreign test PKIs. */
  readonly checkPolicies: boolean;
}

const NATIONAL_NUMBER = /^\d{11}$/;

/**
 * Checks a holder certificate beyond its chain (pki-and-signing.md §2.2): subject `C=BE` with
 * an 11-digit `serialNumber` (the national number; else `certificate-subject-mismatch`), a
 * Belgian policy for the purpose, and for signing a qcStatements extension (jTrust
 * `QCStatementsCertificateConstraint`) (else `certificate-wrong-key-usage`).
 */
export function holderProfileProblem(
  certificate: CertificateInfo,
  purpose: 'authentication' | 'signing',
  options: HolderProfileOptions,
): ApiErrorCode | undefined {
  const { subject } = certificate;
  if (subject.country !== 'BE' || !NATIONAL_NUMBER.test(subject.serialNumber ?? '')) {
    return 'certificate-subject-mismatch';
  }
  if (options.checkPolicies && !hasBelgianPolicy(certificate.policies, purpose)) {
    return 'certificate-wrong-key-usage';
  }
  if (purpose === 'signing') {
    try {
      if (!extensionOids(certificate.raw.tbs).includes(QC_STATEMENTS_OID))
        return 'certificate-wrong-key-usage';
    } catch (error) {
      if (error instanceof ParseError) return 'certificate-malformed';
      throw error;
    }
  }
  return undefined;
}
