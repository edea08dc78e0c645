import * as asn1js from 'asn1js';
import { Certificate } from 'pkijs';
import { ParseError } from '../binary/parse-error.ts';
import { trimCertificateFile } from '../der/card-file-trim.ts';
import { digest } from '../platform/web-crypto.ts';
import { readDistinguishedName, type DistinguishedName } from './distinguished-name.ts';
import { readExtensions } from './extensions.ts';
import { toHex } from '../binary/hex.ts';
import type { KeyUsageFlags } from './key-usage.ts';
import { readPublicKey, type PublicKeyModel } from './public-key.ts';

/** An X.509 certificate (RFC 5280 §4.1) reduced to what the eID wizard shows and checks. */
export interface CertificateInfo {
  /** The exact DER (card padding removed). */
  readonly der: Uint8Array;
  /** Upper-case hex SHA-256 of {@link der}, no separators (as in `belgian-roots.ts`). */
  readonly sha256: string;
  /** Upper-case hex of the serial number INTEGER content. */
  readonly serialNumber: string;
  readonly subject: DistinguishedName;
  readonly issuer: DistinguishedName;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly publicKey: PublicKeyModel;
  /** Undefined when the certificate has no keyUsage extension. */
  readonly keyUsage: KeyUsageFlags | undefined;
  /** extKeyUsage purpose OIDs, undefined when absent. */
  readonly extendedKeyUsage: readonly string[] | undefined;
  /** basicConstraints cA. */
  readonly isCa: boolean;
  /** basicConstraints pathLenConstraint. */
  readonly pathLength: number | undefined;
  /** certificatePolicies identifiers (pki-and-signing.md §3.3). */
  readonly policies: readonly string[];
  /** OIDs of the critical extensions. */
  readonly criticalExtensions: readonly string[];
  /** The encoded pieces signature checks need. */
  readonly raw: {
    readonly tbs: Uint8Array;
    readonly signatureAlgorithm: string;
    /** BIT STRING content: PKCS#1 signature (RSA) or DER `ECDSA-Sig-Value` (EC). */
    readonly signatureValue: Uint8Array;
    /** DER `SubjectPublicKeyInfo`. */
    readonly spki: Uint8Array;
    /** DER subject and issuer `Name`s, compared byte for byte when building chains. */
    readonly subjectName: Uint8Array;
    readonly issuerName: Uint8Array;
  };
}

function decodeCertificate(der: Uint8Array): Certificate {
  const asn1 = asn1js.fromBER(der);
  if (asn1.offset === -1) throw new ParseError('certificate', 0, 'not BER');
  if (asn1.offset !== der.length)
    throw new ParseError('certificate', asn1.offset, 'data after the certificate');
  try {
    return new Certificate({ schema: asn1.result });
  } catch {
    throw new ParseError('certificate', 0, 'not an X.509 Certificate');
  }
}

/**
 * Parses a DER certificate (RFC 5280 §4.1: `Certificate ::= SEQUENCE { tbsCertificate,
 * signatureAlgorithm, signatureValue BIT STRING }`). The input must be exactly the DER: trim
 * card files first ({@link parseCertificateFile} does both). Malformed input, data after the
 * certificate, or a TBS `signature` that differs from `signatureAlgorithm` (§4.1.1.2) throw a
 * {@link ParseError}. Async only because the SHA-256 fingerprint goes through WebCrypto.
 */
export async function parseCertificate(der: Uint8Array): Promise<CertificateInfo> {
  const certificate = decodeCertificate(der);
  const signatureAlgorithm = certificate.signatureAlgorithm.algorithmId;
  if (certificate.signature.algorithmId !== signatureAlgorithm) {
    throw new ParseError('certificate', 0, 'TBS signature algorithm differs from signatureAlgorithm');
  }
  const extensions = readExtensions(certificate.extensions);
  return {
    der: der.slice(),
    sha256: toHex(await digest('SHA-256', der)),
    serialNumber: toHex(certificate.serialNumber.valueBlock.valueHexView),
    subject: readDistinguishedName(certificate.subject),
    issuer: readDistinguishedName(certificate.issuer),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
    publicKey: readPublicKey(certificate.subjectPublicKeyInfo),
    keyUsage: extensions.keyUsage,
    extendedKeyUsage: extensions.extendedKeyUsage,
    isCa: extensions.isCa,
    pathLength: extensions.pathLength,
    policies: extensions.policies,
    criticalExtensions: extensions.critical,
    raw: {
      tbs: new Uint8Array(certificate.tbsView),
      signatureAlgorithm,
      signatureValue: new Uint8Array(certificate.signatureValue.valueBlock.valueHexView),
      spki: new Uint8Array(certificate.subjectPublicKeyInfo.toSchema().toBER()),
      subjectName: new Uint8Array(certificate.subject.valueBeforeDecode),
      issuerName: new Uint8Array(certificate.issuer.valueBeforeDecode),
    },
  };
}

/**
 * Parses a certificate file as read from the card (`5038`…`503C`, belpic-protocol.md §2.1,
 * §3.2): the zero padding is trimmed first. Returns `undefined` when the file holds no
 * certificate (zero-filled, e.g. the signing certificate of a Kids-ID).
 */
export async function parseCertificateFile(file: Uint8Array): Promise<CertificateInfo | undefined> {
  const der = trimCertificateFile(file);
  return der === undefined ? undefined : parseCertificate(der);
}

/** Where `now` falls in a certificate's validity period (RFC 5280 §4.1.2.5, bounds inclusive). */
export function validityAt(
  certificate: Pick<CertificateInfo, 'notBefore' | 'notAfter'>,
  now: Date,
): 'valid' | 'expired' | 'not-yet-valid' {
  if (now.getTime() < certificate.notBefore.getTime()) return 'not-yet-valid';
  if (now.getTime() > certificate.notAfter.getTime()) return 'expired';
  return 'valid';
}
