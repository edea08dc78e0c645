import type { CardCertificates } from '../card/read-card-data.ts';
import { validityAt, type CertificateInfo } from '../../../common/pki/certificate.ts';
import type { CertificatePurpose } from '../../../common/pki/certificate-purpose.ts';
import { verifyCertificateChain } from '../../../common/pki/verify-certificate-chain.ts';
import { check, type DoctorCheck } from './doctor-check.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Warn this long before a certificate expires. */
const EXPIRY_WARNING_DAYS = 60;

/**
 * Validity and chain of the authentication and signing certificates (pki-and-signing.md §2):
 * each must be within its dates and chain through the card's CA to a trust anchor, with the
 * key usage its purpose needs. A missing signing certificate (Kids-ID, or revoked at issue)
 * is a problem for registration, which signs the application.
 */
export async function certificateChecks(
  certificates: CardCertificates,
  trustAnchors: readonly Uint8Array[],
  now: Date,
): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [];
  const intermediates = [certificates.ca?.der].filter((der): der is Uint8Array => der !== undefined);
  const leaves: [string, CertificateInfo | undefined, CertificatePurpose][] = [
    ['authentication', certificates.authentication, 'authentication'],
    ['signing', certificates.signing, 'signing'],
  ];
  for (const [name, certificate, purpose] of leaves) {
    const id = `certificate.${name}`;
    const values = { certificate: name };
    if (!certificate) {
      checks.push(
        check.problem(id, 'doctor.certificate.absent', `doctor.certificate.absentAdvice.${name}`, values),
      );
      continue;
    }
    const dates = { ...values, notAfter: certificate.notAfter.toISOString().slice(0, 10) };
    const validity = validityAt(certificate, now);
    if (validity !== 'valid') {
      checks.push(
        check.problem(id, `doctor.certificate.${validity}`, 'doctor.card.contactMunicipality', dates),
      );
      continue;
    }
    const chain = await verifyCertificateChain({
      leaf: certificate.der,
      intermediates,
      trustAnchors,
      now,
      purpose,
    });
    if (!chain.ok) {
      const advice =
        chain.reason === 'untrusted-root'
          ? 'doctor.certificate.untrustedAdvice'
          : 'doctor.card.contactMunicipality';
      checks.push(
        check.problem(id, 'doctor.certificate.chainFailed', advice, { ...dates, reason: chain.reason }),
      );
      continue;
    }
    const daysLeft = Math.floor((certificate.notAfter.getTime() - now.getTime()) / DAY_MS);
    checks.push(
      daysLeft < EXPIRY_WARNING_DAYS
        ? check.warning(id, 'doctor.certificate.expiresSoon', 'doctor.certificate.renewAdvice', {
            ...dates,
            days: daysLeft,
          })
        : check.ok(id, 'doctor.certificate.valid', dates),
    );
  }
  return checks;
}
