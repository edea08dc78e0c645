import type { ApiErrorCode } from '../../common/api/error-codes.ts';
import { validityAt } from '../../common/pki/certificate.ts';
import { purposeProblem, type CertificatePurpose } from '../../common/pki/certificate-purpose.ts';
import { SIGNATURE_ALGORITHMS } from '../../common/pki/signature-scheme.ts';
import { PROCESSED_CRITICAL } from '../../common/pki/verify-certificate-chain.ts';
import type { StoredCertificate } from './certificate-store.ts';
import { verifyWithKeyAsync } from './node-signature.ts';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * The holder-certificate → issuing-CA link of a chain whose CA → anchor part is already
 * verified (`AnchorLinks`), with the same rules and order as `verifyCertificateChain`
 * (RFC 5280 §6.1.3, pki-and-signing.md §2.2) but node:crypto and the cached CA key:
 *
 * 1. the leaf's issuer name is the CA's subject, byte for byte, and its signature verifies with
 *    the CA key (else `certificate-untrusted`);
 * 2. no unprocessed critical extension on the leaf; the CA is a CA with keyCertSign
 *    (basicConstraints, RFC 5280 §4.2.1.9; keyUsage §4.2.1.3); pathLenConstraint cannot be
 *    exceeded by a leaf directly below (else `certificate-untrusted`);
 * 3. the leaf is valid at `now` (`certificate-expired` / `certificate-not-yet-valid`);
 * 4. its key usage allows `purpose` (`certificate-wrong-key-usage`).
 *
 * The signature is checked on libuv's thread pool (`verifyWithKeyAsync`). Returns `undefined`
 * when the link holds.
 */
export async function checkLeafLink(
  leaf: StoredCertificate,
  issuer: StoredCertificate,
  purpose: CertificatePurpose,
  now: Date,
): Promise<ApiErrorCode | undefined> {
  const { info } = leaf;
  if (!sameBytes(info.raw.issuerName, issuer.info.raw.subjectName)) return 'certificate-untrusted';
  const scheme = SIGNATURE_ALGORITHMS.get(info.raw.signatureAlgorithm);
  if (scheme === undefined) return 'certificate-untrusted';
  const { tbs, signatureValue } = info.raw;
  if (!(await verifyWithKeyAsync(issuer.key, { ...scheme, ecdsaEncoding: 'der' }, tbs, signatureValue))) {
    return 'certificate-untrusted';
  }
  if (info.criticalExtensions.some((oid) => !PROCESSED_CRITICAL.has(oid))) return 'certificate-untrusted';
  const { isCa, keyUsage } = issuer.info;
  if (!isCa || (keyUsage !== undefined && !keyUsage.keyCertSign)) return 'certificate-untrusted';
  const validity = validityAt(info, now);
  if (validity === 'expired') return 'certificate-expired';
  if (validity === 'not-yet-valid') return 'certificate-not-yet-valid';
  if (purposeProblem(info, purpose) !== undefined) return 'certificate-wrong-key-usage';
  return undefined;
}
