import { createHash, sign } from 'node:crypto';
import * as asn1js from 'asn1js';
import {
  AlgorithmIdentifier,
  Attribute,
  Certificate,
  ContentInfo,
  EncapsulatedContentInfo,
  IssuerAndSerialNumber,
  SignedAndUnsignedAttributes,
  SignedData,
  SignerInfo,
} from 'pkijs';
import {
  CMS_OID,
  compareDerEncodings,
  HASH_OID,
  signingCertificateV2Value,
} from '../../../../common/pki/cms/index.ts';
import type { Registration } from '../../../support/registration-fixture.ts';

/** Changes to a CAdES signature that a well-behaved wizard never makes. */
export interface ForgeOptions {
  /** Rewrites the default attributes (content-type, signing-time, message-digest, signing-certificate-v2). */
  readonly attributes?: (defaults: Attribute[]) => Attribute[];
  /** Sort the attributes in DER order (default true). */
  readonly sort?: boolean;
  /** Embed the content (not detached). */
  readonly embedContent?: boolean;
  /** Sign this content instead of the registration's application. */
  readonly content?: Uint8Array;
  readonly signingTime?: Date;
  /** The certificate ESSCertIDv2 names and hashes (default: the signing certificate). */
  readonly essCertificate?: Uint8Array;
}

/** A signed attribute. */
export function attribute(type: string, value: asn1js.BaseBlock): Attribute {
  return new Attribute({ type, values: [value] });
}

/**
 * A detached CAdES-BES over the registration's application, signed directly with the card's
 * non-repudiation key (node:crypto), with the changes of `options`: the way to produce
 * signatures that are valid over wrong attributes.
 */
export function forgeCms(made: Registration, options: ForgeOptions = {}): Uint8Array {
  const signingDer = made.submission.signingCertificate;
  const certificate = Certificate.fromBER(new Uint8Array(signingDer));
  const rsa = made.image.personality.keyAlgorithm === 'rsa2048';
  const hash = rsa ? 'SHA-256' : 'SHA-384';
  const node = rsa ? 'sha256' : 'sha384';
  const digest = (data: Uint8Array): Uint8Array => new Uint8Array(createHash(node).update(data).digest());
  const content = options.content ?? made.submission.application;
  const ess = options.essCertificate ?? signingDer;
  const defaults = [
    attribute(CMS_OID.contentType, new asn1js.ObjectIdentifier({ value: CMS_OID.data })),
    attribute(
      CMS_OID.signingTime,
      new asn1js.UTCTime({ valueDate: options.signingTime ?? new Date('2025-06-15T10:00:00Z') }),
    ),
    attribute(CMS_OID.messageDigest, new asn1js.OctetString({ valueHex: digest(content) })),
    attribute(
      CMS_OID.signingCertificateV2,
      signingCertificateV2Value(Certificate.fromBER(new Uint8Array(ess)), hash, digest(ess)),
    ),
  ];
  let attributes = options.attributes ? options.attributes(defaults) : defaults;
  if (options.sort ?? true) {
    const der = (a: Attribute): Uint8Array => new Uint8Array(a.toSchema().toBER());
    attributes = [...attributes].sort((a, b) => compareDerEncodings(der(a), der(b)));
  }
  const toBeSigned = new Uint8Array(new asn1js.Set({ value: attributes.map((a) => a.toSchema()) }).toBER());
  const key = made.image.keys.nonRepudiation!;
  const signature = rsa ? sign(node, toBeSigned, key) : sign(node, toBeSigned, { key, dsaEncoding: 'der' });
  const digestAlgorithm = new AlgorithmIdentifier({ algorithmId: HASH_OID[hash] });
  const signerInfo = new SignerInfo({
    version: 1,
    sid: new IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
    digestAlgorithm,
    signedAttrs: new SignedAndUnsignedAttributes({ type: 0, attributes }),
    signatureAlgorithm: rsa
      ? new AlgorithmIdentifier({ algorithmId: CMS_OID.rsaEncryption, algorithmParams: new asn1js.Null() })
      : new AlgorithmIdentifier({ algorithmId: '1.2.840.10045.4.3.3' }),
    signature: new asn1js.OctetString({ valueHex: signature }),
  });
  const encapContentInfo = new EncapsulatedContentInfo({
    eContentType: CMS_OID.data,
    ...(options.embedContent ? { eContent: new asn1js.OctetString({ valueHex: content }) } : {}),
  });
  const signedData = new SignedData({
    version: 1,
    digestAlgorithms: [digestAlgorithm],
    encapContentInfo,
    certificates: [certificate],
    signerInfos: [signerInfo],
  });
  const contentInfo = new ContentInfo({
    contentType: CMS_OID.signedData,
    content: signedData.toSchema(true),
  });
  return new Uint8Array(contentInfo.toSchema().toBER());
}
