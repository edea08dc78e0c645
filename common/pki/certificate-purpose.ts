import type { CertificateInfo } from './certificate.ts';
import type { KeyUsageName } from './key-usage.ts';

/** What a card certificate is used for (pki-and-signing.md §2.2, §3.6). */
export type CertificatePurpose = 'authentication' | 'signing' | 'rrn';

/**
 * keyUsage bits each purpose needs (pki-and-signing.md §2.2; jTrust `BelgianTrustValidatorFactory`):
 * authentication → digitalSignature, signing → nonRepudiation, RRN (data file signatures) →
 * digitalSignature. Real RRN certificates also carry nonRepudiation (§3.6); it is not required
 * here because the RCA6-era RRN profile is unconfirmed.
 */
export const PURPOSE_KEY_USAGE: Readonly<Record<CertificatePurpose, readonly KeyUsageName[]>> = {
  authentication: ['digitalSignature'],
  signing: ['nonRepudiation'],
  rrn: ['digitalSignature'],
};

/** id-kp-clientAuth (RFC 5280 §4.2.1.12). */
export const CLIENT_AUTH_OID = '1.3.6.1.5.5.7.3.2';

/**
 * Whether a leaf certificate may be used for `purpose`: every bit of {@link PURPOSE_KEY_USAGE}
 * is set (a certificate without keyUsage is unrestricted, RFC 5280 §4.2.1.3), and for
 * authentication an extKeyUsage, when present, contains clientAuth (pki-and-signing.md §2.2,
 * the Web eID rule). Returns the problem, or `undefined` when the certificate fits.
 */
export function purposeProblem(
  certificate: CertificateInfo,
  purpose: CertificatePurpose,
): string | undefined {
  const { keyUsage, extendedKeyUsage } = certificate;
  const missing = PURPOSE_KEY_USAGE[purpose].filter((name) => keyUsage !== undefined && !keyUsage[name]);
  if (missing.length > 0) return `keyUsage lacks ${missing.join(', ')} for ${purpose}`;
  if (purpose === 'authentication' && extendedKeyUsage !== undefined) {
    if (!extendedKeyUsage.includes(CLIENT_AUTH_OID)) return 'extKeyUsage lacks clientAuth';
  }
  return undefined;
}
