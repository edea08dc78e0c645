import type { CertificatePurpose } from '../../common/pki/certificate-purpose.ts';

/** Root generations of the Belgian eID PKI with the prefix of their policy OIDs (§3.3). */
const GENERATIONS = ['2.16.56.1', '2.16.56.9', '2.16.56.10', '2.16.56.12'] as const;

/**
 * The certificate policy OIDs a Belgian eID certificate of each purpose carries
 * (pki-and-signing.md §3.3, after jTrust `BelgianTrustValidatorFactory`): citizen and
 * foreigner authentication (`….1.1.2.2`, `….1.1.7.2`) and signature (`….2.1`, `….7.1`) per root
 * generation, the RRN (`….1.1.4`), and the RCA6 (EC) values.
 */
export const BELGIAN_POLICIES: Readonly<Record<CertificatePurpose, ReadonlySet<string>>> = {
  authentication: new Set([
    ...GENERATIONS.flatMap((g) => [`${g}.1.1.2.2`, `${g}.1.1.7.2`]),
    '2.16.56.13.6.1.1.1000',
    '2.16.56.13.6.2.1.1000',
  ]),
  signing: new Set([
    ...GENERATIONS.flatMap((g) => [`${g}.1.1.2.1`, `${g}.1.1.7.1`]),
    '2.16.56.13.6.1.2.1000',
    '2.16.56.13.6.2.2.1000',
  ]),
  rrn: new Set([...GENERATIONS.map((g) => `${g}.1.1.4`), '2.16.56.13.6.0.1']),
};

/** Whether one of `policies` is a Belgian policy for `purpose` (pki-and-signing.md §2.2 "Policy"). */
export function hasBelgianPolicy(policies: readonly string[], purpose: CertificatePurpose): boolean {
  return policies.some((oid) => BELGIAN_POLICIES[purpose].has(oid));
}
