import { ParseError } from '../../binary/parse-error.ts';
import { CMS_OID } from './cms-oids.ts';
import { isDerSetOrder } from './der-order.ts';
import { childrenOf, decodeOid, expectTag, singleElement, TAG, type DerElement } from './der-walk.ts';
import { decodeTime } from './signing-time.ts';

const STRUCTURE = 'CMS signed attributes';

/** One `ESSCertIDv2` (RFC 5035 §4). */
export interface EssCertIdV2 {
  /** `hashAlgorithm` OID; SHA-256 when absent (the DEFAULT). */
  readonly hashOid: string;
  readonly certHash: Uint8Array;
  /** `issuerSerial`, when present: the directoryName `Name` DER and the serial INTEGER content. */
  readonly issuerSerial: { readonly issuer: Uint8Array; readonly serialNumber: Uint8Array } | undefined;
}

/** The CAdES-BES attributes of a signer, decoded; an absent attribute is undefined. */
export interface CadesSignedAttributes {
  readonly contentType: string | undefined;
  readonly messageDigest: Uint8Array | undefined;
  readonly signingTime: Date | undefined;
  /** The first ESSCertIDv2 of signing-certificate-v2: the one of the signer (RFC 5035 §5.4). */
  readonly signingCertificateV2: EssCertIdV2 | undefined;
  /** Types of every attribute, in encoding order (others included). */
  readonly types: readonly string[];
  /** Whether the attributes are in DER `SET OF` order (X.690 §11.6). */
  readonly derOrder: boolean;
}

function single(values: DerElement, what: string): DerElement {
  const items = childrenOf(values, STRUCTURE);
  if (items.length !== 1) throw new ParseError(STRUCTURE, 0, `${what} must have exactly one value`);
  return items[0] as DerElement;
}

function essCertIdV2(value: DerElement): EssCertIdV2 {
  const [certs] = childrenOf(expectTag(value, TAG.sequence, STRUCTURE, 'SigningCertificateV2'), STRUCTURE);
  const [first] = childrenOf(expectTag(certs, TAG.sequence, STRUCTURE, 'certs'), STRUCTURE);
  const items = childrenOf(expectTag(first, TAG.sequence, STRUCTURE, 'ESSCertIDv2'), STRUCTURE);
  let i = 0;
  let hashOid: string = '2.16.840.1.101.3.4.2.1';
  if (items[0]?.tag === TAG.sequence) {
    const [oid] = childrenOf(items[i++] as DerElement, STRUCTURE);
    hashOid = decodeOid(expectTag(oid, TAG.oid, STRUCTURE, 'hashAlgorithm'), STRUCTURE);
  }
  const certHash = expectTag(items[i++], TAG.octetString, STRUCTURE, 'certHash').content.slice();
  const serial = items[i];
  if (serial === undefined) return { hashOid, certHash, issuerSerial: undefined };
  const [names, serialNumber] = childrenOf(
    expectTag(serial, TAG.sequence, STRUCTURE, 'issuerSerial'),
    STRUCTURE,
  );
  const [directoryName] = childrenOf(expectTag(names, TAG.sequence, STRUCTURE, 'GeneralNames'), STRUCTURE);
  const [name] = childrenOf(expectTag(directoryName, TAG.context4, STRUCTURE, 'directoryName'), STRUCTURE);
  return {
    hashOid,
    certHash,
    issuerSerial: {
      issuer: expectTag(name, TAG.sequence, STRUCTURE, 'issuer Name').encoded.slice(),
      serialNumber: expectTag(serialNumber, TAG.integer, STRUCTURE, 'serialNumber').content.slice(),
    },
  };
}

/**
 * Decodes the signed attributes (the `31`-tagged bytes of `SignerInfoModel.signedAttributes`;
 * RFC 5652 §5.3 `SignedAttributes ::= SET SIZE (1..MAX) OF Attribute`). The four CAdES-BES
 * attributes (content-type §11.1, message-digest §11.2, signing-time §11.3,
 * signing-certificate-v2 RFC 5035) are decoded; each must appear at most once with exactly one
 * value (RFC 5652 §11), otherwise a {@link ParseError}. Other attributes are listed in `types`.
 */
export function readSignedAttributes(signedAttributes: Uint8Array): CadesSignedAttributes {
  const set = expectTag(singleElement(signedAttributes, STRUCTURE), TAG.set, STRUCTURE, 'SignedAttributes');
  const attributes = childrenOf(set, STRUCTURE);
  if (attributes.length === 0) throw new ParseError(STRUCTURE, 0, 'empty SignedAttributes');
  const types: string[] = [];
  const byType = new Map<string, DerElement>();
  for (const attribute of attributes) {
    const [type, values] = childrenOf(expectTag(attribute, TAG.sequence, STRUCTURE, 'Attribute'), STRUCTURE);
    const oid = decodeOid(expectTag(type, TAG.oid, STRUCTURE, 'attrType'), STRUCTURE);
    if (byType.has(oid)) throw new ParseError(STRUCTURE, 0, `attribute ${oid} appears twice`);
    byType.set(oid, expectTag(values, TAG.set, STRUCTURE, 'attrValues'));
    types.push(oid);
  }
  const value = (oid: string, what: string): DerElement | undefined => {
    const values = byType.get(oid);
    return values === undefined ? undefined : single(values, what);
  };
  const contentType = value(CMS_OID.contentType, 'content-type');
  const messageDigest = value(CMS_OID.messageDigest, 'message-digest');
  const signingTime = value(CMS_OID.signingTime, 'signing-time');
  const signingCertificate = value(CMS_OID.signingCertificateV2, 'signing-certificate-v2');
  return {
    contentType: contentType && decodeOid(contentType, STRUCTURE),
    messageDigest:
      messageDigest && expectTag(messageDigest, TAG.octetString, STRUCTURE, 'message-digest').content.slice(),
    signingTime: signingTime && decodeTime(signingTime, STRUCTURE),
    signingCertificateV2: signingCertificate && essCertIdV2(signingCertificate),
    types,
    derOrder: isDerSetOrder(attributes.map((a) => a.encoded)),
  };
}
