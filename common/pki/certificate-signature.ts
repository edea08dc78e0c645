import { ParseError } from '../binary/parse-error.ts';
import { ecdsaDerToRaw } from '../der/ecdsa-signature.ts';
import type { CertificateInfo } from './certificate.ts';
import { curveFieldLength } from './public-key.ts';
import { SIGNATURE_ALGORITHMS } from './signature-scheme.ts';
import { verifySignature, type SignatureVerdict } from './verify-signature.ts';

/**
 * Checks `certificate`'s signature (RFC 5280 §4.1.1.3: over the DER `tbsCertificate`) with
 * `issuer`'s public key. ECDSA signature values are DER `ECDSA-Sig-Value` (RFC 5758 §3.2) and
 * are converted to raw `r ‖ s` for WebCrypto. A signature value that does not decode is
 * `invalid`; an algorithm or key this code cannot run is `unsupported`.
 */
export async function verifyCertificateSignature(
  certificate: CertificateInfo,
  issuer: CertificateInfo,
): Promise<SignatureVerdict> {
  const scheme = SIGNATURE_ALGORITHMS.get(certificate.raw.signatureAlgorithm);
  const key = issuer.publicKey;
  if (scheme === undefined) return 'unsupported';
  try {
    let signature = certificate.raw.signatureValue;
    if (scheme.kind === 'ecdsa') {
      if (key.kind !== 'ec' || key.curve === undefined) return 'unsupported';
      signature = ecdsaDerToRaw(signature, curveFieldLength(key.curve));
    }
    const verificationKey = { spki: issuer.raw.spki, publicKey: key };
    return await verifySignature(verificationKey, scheme, signature, certificate.raw.tbs);
  } catch (error) {
    if (error instanceof ParseError) return 'invalid';
    throw error;
  }
}
