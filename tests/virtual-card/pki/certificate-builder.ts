import { createHash, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import {
  AlgorithmIdentifier,
  Certificate,
  type Extension,
  PublicKeyInfo,
  RelativeDistinguishedNames,
  Time,
} from 'pkijs';
import { authorityKeyIdentifierExtension, subjectKeyIdentifierExtension } from './certificate-extensions.ts';
import type { TestKeyPair } from './pki-types.ts';
import { SIGNATURE_ALGORITHM_OID, signWithKey } from './sign-with-key.ts';

/** One attribute of a distinguished name, in its own RDN. */
export interface NameAttribute {
  /** Attribute type OID, e.g. 2.5.4.3 for commonName. */
  type: string;
  value: string;
  /** PrintableString for `C` and `serialNumber`, UTF8String for everything else (RFC 5280 §4.1.2.6). */
  encoding: 'printable' | 'utf8';
}

/** Who signs the certificate: the issuer's key, and its certificate unless self-signed. */
export interface CertificateSigner {
  keyPair: TestKeyPair;
  /** Issuer certificate DER; omit for a self-signed certificate. */
  certificate?: Uint8Array;
}

/** Everything that goes into one certificate apart from the key identifiers, which are computed. */
export interface CertificateSpec {
  /** Positive DER INTEGER content (big-endian, first byte < 0x80). */
  serialNumber: Uint8Array;
  subject: readonly NameAttribute[];
  subjectPublicKey: KeyObject;
  notBefore: Date;
  notAfter: Date;
  /** Profile extensions; subjectKeyIdentifier and authorityKeyIdentifier are added after them. */
  extensions: readonly Extension[];
  signer: CertificateSigner;
}

/**
 * Key identifier per RFC 5280 §4.2.1.2 method (1): SHA-1 of the subjectPublicKey BIT STRING
 * value (without tag, length and unused-bits byte).
 */
export function keyIdentifier(publicKey: KeyObject): Uint8Array {
  const info = publicKeyInfo(publicKey);
  return new Uint8Array(createHash('sha1').update(info.subjectPublicKey.valueBlock.valueHexView).digest());
}

function publicKeyInfo(publicKey: KeyObject): PublicKeyInfo {
  return PublicKeyInfo.fromBER(publicKey.export({ type: 'spki', format: 'der' }));
}

/** DER `Name`: one single-valued RDN per attribute, in the given order. */
export function encodeName(attributes: readonly NameAttribute[]): RelativeDistinguishedNames {
  const rdns = attributes.map((a) => {
    const value =
      a.encoding === 'printable'
        ? new asn1js.PrintableString({ value: a.value })
        : new asn1js.Utf8String({ value: a.value });
    const atv = new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: a.type }), value] });
    return new asn1js.Set({ value: [atv] });
  });
  // pkijs would put all attributes in one multi-valued RDN; parsing our own encoding keeps it verbatim.
  return RelativeDistinguishedNames.fromBER(new asn1js.Sequence({ value: rdns }).toBER());
}

/** RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050. */
function certificateTime(date: Date): Time {
  return new Time({ type: date.getUTCFullYear() < 2050 ? 0 : 1, value: date });
}

function signatureAlgorithm(keyPair: TestKeyPair): AlgorithmIdentifier {
  const algorithmId = SIGNATURE_ALGORITHM_OID[keyPair.algorithm];
  // RFC 4055 §5: sha256WithRSAEncryption has NULL parameters; RFC 5758 §3.2: ECDSA has none.
  return keyPair.algorithm === 'rsa2048'
    ? new AlgorithmIdentifier({ algorithmId, algorithmParams: new asn1js.Null() })
    : new AlgorithmIdentifier({ algorithmId });
}

/**
 * Builds and signs an X.509 v3 certificate (RFC 5280 §4.1). The TBS is encoded by pkijs and
 * signed here, deterministically (see `sign-with-key.ts`), so equal specs give equal DER.
 */
export function buildCertificate(spec: CertificateSpec): Uint8Array {
  const { signer } = spec;
  const subject = encodeName(spec.subject);
  const issuer =
    signer.certificate === undefined
      ? subject
      : Certificate.fromBER(new Uint8Array(signer.certificate)).subject;
  const certificate = new Certificate({
    version: 2,
    serialNumber: new asn1js.Integer({ valueHex: spec.serialNumber }),
    signature: signatureAlgorithm(signer.keyPair),
    issuer,
    notBefore: certificateTime(spec.notBefore),
    notAfter: certificateTime(spec.notAfter),
    subject,
    subjectPublicKeyInfo: publicKeyInfo(spec.subjectPublicKey),
    extensions: [
      ...spec.extensions,
      subjectKeyIdentifierExtension(keyIdentifier(spec.subjectPublicKey)),
      authorityKeyIdentifierExtension(keyIdentifier(signer.keyPair.publicKey)),
    ],
  });
  certificate.tbsView = new Uint8Array(certificate.encodeTBS().toBER());
  certificate.signatureAlgorithm = signatureAlgorithm(signer.keyPair);
  certificate.signatureValue = new asn1js.BitString({
    valueHex: signWithKey(signer.keyPair, certificate.tbsView),
  });
  return new Uint8Array(certificate.toSchema().toBER());
}
