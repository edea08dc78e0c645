import * as asn1js from 'asn1js';
import { Extension, OCSPRequest, type Certificate } from 'pkijs';

/** id-pkix-ocsp-nonce (RFC 6960 §4.4.1). */
export const OCSP_NONCE_OID = '1.3.6.1.5.5.7.48.1.2';

/** A DER OCSP request and the nonce extension value it carries. */
export interface BuiltOcspRequest {
  readonly der: Uint8Array;
  /** `extnValue` of the nonce extension: the DER OCTET STRING of the nonce (RFC 8954 §2.1). */
  readonly nonceValue: Uint8Array;
}

/**
 * An unsigned OCSP request for one certificate (RFC 6960 §4.1.1), built with pkijs
 * `OCSPRequest.createForCertificate` (pki-and-signing.md §2.3): `CertID` with `certIdHash` over
 * the issuer's name and key, and a nonce extension with 32 random bytes (RFC 8954 §2.1:
 * 1–32 octets), as eid-viewer adds one (§2.4).
 */
export async function buildOcspRequest(
  certificate: Certificate,
  issuer: Certificate,
  certIdHash: 'SHA-256' | 'SHA-1',
  nonce: Uint8Array,
): Promise<BuiltOcspRequest> {
  const request = new OCSPRequest();
  await request.createForCertificate(certificate, { hashAlgorithm: certIdHash, issuerCertificate: issuer });
  const nonceValue = new Uint8Array(new asn1js.OctetString({ valueHex: nonce }).toBER());
  request.tbsRequest.requestExtensions = [
    new Extension({ extnID: OCSP_NONCE_OID, extnValue: nonceValue.buffer }),
  ];
  return { der: new Uint8Array(request.toSchema(true).toBER()), nonceValue };
}
