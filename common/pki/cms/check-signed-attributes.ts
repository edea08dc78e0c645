import { toHex } from '../../binary/hex.ts';
import type { HashName } from '../../platform/web-crypto.ts';
import { CMS_OID, hashOfOid } from './cms-oids.ts';
import type { SignerInfoModel } from './read-cades-signature.ts';
import type { CadesSignedAttributes } from './signed-attribute-values.ts';

/** The certificate a signature must come from, as the checks need it. */
export interface SignerCertificateRef {
  /** DER of the certificate's issuer `Name` (`CertificateInfo.raw.issuerName`). */
  readonly issuerName: Uint8Array;
  /** Upper-case hex of the serial number INTEGER content (`CertificateInfo.serialNumber`). */
  readonly serialNumber: string;
  /** Hash of the certificate's DER with `hash` (for ESSCertIDv2 `certHash`). */
  certificateHash(hash: HashName): Uint8Array;
}

/** Why the signed attributes do not fit (for logs; the service maps them to error codes). */
export type SignedAttributesProblem =
  | 'missing-attribute'
  | 'content-type-mismatch'
  | 'message-digest-mismatch'
  | 'signing-certificate-mismatch'
  | 'not-der-order';

/** The outcome of {@link checkSignedAttributes}. */
export type SignedAttributesVerdict =
  | { readonly ok: true; readonly signingTime: Date }
  | { readonly ok: false; readonly problem: SignedAttributesProblem; readonly message: string };

/** What the attributes must say. */
export interface SignedAttributesExpectation {
  /** `encapContentInfo.eContentType`; must be id-data. */
  readonly eContentType: string;
  /** `H(content)` with the SignerInfo's digest algorithm. */
  readonly messageDigest: Uint8Array;
  readonly certificate: SignerCertificateRef;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Whether the SignerInfo's IssuerAndSerialNumber names `certificate` (RFC 5652 §5.3 sid). */
export function signerIdentifies(signer: SignerInfoModel, certificate: SignerCertificateRef): boolean {
  if (signer.issuer === undefined || signer.serialNumber === undefined) return false;
  return (
    equalBytes(signer.issuer, certificate.issuerName) &&
    toHex(signer.serialNumber) === certificate.serialNumber
  );
}

const fail = (problem: SignedAttributesProblem, message: string): SignedAttributesVerdict => ({
  ok: false,
  problem,
  message,
});

/**
 * The checks pkijs' `SignedData.verify` leaves out (pki-and-signing.md §1.4), on decoded
 * attributes: the four CAdES-BES attributes are present; content-type equals `eContentType`
 * and is id-data (RFC 5652 §11.1); message-digest equals `H(content)` (§11.2);
 * signing-certificate-v2's first ESSCertIDv2 has `certHash` = hash of the signer's
 * certificate with its `hashAlgorithm` (SHA-256 when absent) and, when present, an
 * `issuerSerial` naming that certificate (RFC 5035 §5.4); the attributes are in DER order
 * (pki-and-signing.md §1.2 step 3). The signature itself is not checked here.
 */
export function checkSignedAttributes(
  attributes: CadesSignedAttributes,
  expected: SignedAttributesExpectation,
): SignedAttributesVerdict {
  const { contentType, messageDigest, signingTime, signingCertificateV2: essCertId } = attributes;
  if (
    contentType === undefined ||
    messageDigest === undefined ||
    signingTime === undefined ||
    essCertId === undefined
  ) {
    return fail('missing-attribute', 'a CAdES-BES signed attribute is missing');
  }
  if (contentType !== expected.eContentType || contentType !== CMS_OID.data) {
    return fail('content-type-mismatch', 'content-type is not the eContentType id-data');
  }
  if (!equalBytes(messageDigest, expected.messageDigest)) {
    return fail('message-digest-mismatch', 'message-digest differs from the hash of the content');
  }
  const hash = hashOfOid(essCertId.hashOid);
  if (hash === undefined || hash === 'SHA-1') {
    return fail('signing-certificate-mismatch', 'ESSCertIDv2 hash algorithm not supported');
  }
  if (!equalBytes(essCertId.certHash, expected.certificate.certificateHash(hash))) {
    return fail('signing-certificate-mismatch', 'ESSCertIDv2 certHash is not the signer certificate');
  }
  const serial = essCertId.issuerSerial;
  if (serial !== undefined) {
    const names = equalBytes(serial.issuer, expected.certificate.issuerName);
    if (!names || toHex(serial.serialNumber) !== expected.certificate.serialNumber) {
      return fail('signing-certificate-mismatch', 'ESSCertIDv2 issuerSerial names another certificate');
    }
  }
  if (!attributes.derOrder) return fail('not-der-order', 'signed attributes are not in DER order');
  return { ok: true, signingTime };
}
