import * as asn1js from 'asn1js';
import { Attribute } from 'pkijs';
import { CMS_OID } from './cms-oids.ts';
import { compareDerEncodings } from './der-order.ts';

/** The four signed attributes of a CAdES-BES signature (pki-and-signing.md §1.2 step 2). */
export interface SignedAttributeValues {
  /** `H(content)` with the signature's digest algorithm. */
  readonly messageDigest: Uint8Array;
  /** Encoded as UTCTime (RFC 5652 §11.3: dates 1950–2049 MUST be UTCTime). */
  readonly signingTime: Date;
  /** The `SigningCertificateV2` value (see `signingCertificateV2Value`). */
  readonly signingCertificateV2: asn1js.Sequence;
}

/** Signed attributes in DER order, and the bytes the signature covers. */
export interface SortedSignedAttributes {
  /** In DER `SET OF` order, ready for `SignedAndUnsignedAttributes({ type: 0 })`. */
  readonly attributes: readonly Attribute[];
  /**
   * The DER of `SET OF Attribute` with the universal SET tag `31`, not the `[0] IMPLICIT` tag
   * `A0` used inside SignerInfo (RFC 5652 §5.4: "a separate encoding of the signedAttrs
   * field is performed ... with an EXPLICIT SET OF tag").
   */
  readonly toBeSigned: Uint8Array;
}

/** The UTCTime of `date`, whole seconds, `YYMMDDHHMMSSZ` (X.680 §47, DER X.690 §11.8). */
function utcTime(date: Date): asn1js.UTCTime {
  if (date.getUTCFullYear() < 1950 || date.getUTCFullYear() > 2049) {
    throw new RangeError('signing-time must be between 1950 and 2049 to be a UTCTime');
  }
  return new asn1js.UTCTime({ valueDate: new Date(Math.floor(date.getTime() / 1000) * 1000) });
}

/**
 * content-type = id-data, signing-time, message-digest and signing-certificate-v2, each
 * DER-encoded and sorted as X.690 §11.6 requires for a `SET OF` (pki-and-signing.md §1.2 step
 * 3: pkijs does not sort, and BouncyCastle, hence EU DSS, rejects unsorted signed
 * attributes), plus the bytes to sign (step 4).
 */
export function buildSignedAttributes(values: SignedAttributeValues): SortedSignedAttributes {
  const attribute = (type: string, value: asn1js.BaseBlock): Attribute =>
    new Attribute({ type, values: [value] });
  const unsorted = [
    attribute(CMS_OID.contentType, new asn1js.ObjectIdentifier({ value: CMS_OID.data })),
    attribute(CMS_OID.signingTime, utcTime(values.signingTime)),
    attribute(CMS_OID.messageDigest, new asn1js.OctetString({ valueHex: values.messageDigest })),
    attribute(CMS_OID.signingCertificateV2, values.signingCertificateV2),
  ];
  const encoded = unsorted.map((a) => ({ attribute: a, der: new Uint8Array(a.toSchema().toBER(false)) }));
  encoded.sort((a, b) => compareDerEncodings(a.der, b.der));
  const attributes = encoded.map((e) => e.attribute);
  const toBeSigned = new Uint8Array(
    new asn1js.Set({ value: attributes.map((a) => a.toSchema()) }).toBER(false),
  );
  return { attributes, toBeSigned };
}
