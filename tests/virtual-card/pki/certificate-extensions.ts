import * as asn1js from 'asn1js';
import { Extension } from 'pkijs';

/** Named key usage bits of RFC 5280 §4.2.1.3 that the Belgian profiles use. */
export type KeyUsageName = 'digitalSignature' | 'nonRepudiation' | 'keyCertSign' | 'cRLSign';

const KEY_USAGE_BIT: Readonly<Record<KeyUsageName, number>> = {
  digitalSignature: 0,
  nonRepudiation: 1, // "contentCommitment" in RFC 5280
  keyCertSign: 5,
  cRLSign: 6,
};

/** id-etsi-qcs-QcCompliance (ETSI EN 319 412-5 §4.2.1). */
export const QC_COMPLIANCE_OID = '0.4.0.1862.1.1';

function extension(extnID: string, critical: boolean, value: asn1js.BaseBlock): Extension {
  return new Extension({ extnID, critical, extnValue: value.toBER() });
}

/** GeneralName `uniformResourceIdentifier [6] IMPLICIT IA5String`. */
function uri(url: string): asn1js.Primitive {
  return new asn1js.Primitive({
    idBlock: { tagClass: 3, tagNumber: 6 },
    valueHex: Buffer.from(url, 'ascii'),
  });
}

/** basicConstraints (2.5.29.19), critical: `SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER OPTIONAL }`. */
export function basicConstraintsExtension(ca: boolean, pathLength?: number): Extension {
  const value: asn1js.BaseBlock[] = [];
  if (ca) value.push(new asn1js.Boolean({ value: true }));
  if (ca && pathLength !== undefined) value.push(new asn1js.Integer({ value: pathLength }));
  return extension('2.5.29.19', true, new asn1js.Sequence({ value }));
}

/** keyUsage (2.5.29.15), critical: a DER BIT STRING with trailing zero bits removed (X.690 §11.2.2). */
export function keyUsageExtension(usages: readonly KeyUsageName[]): Extension {
  const bits = usages.map((u) => KEY_USAGE_BIT[u]);
  const highest = Math.max(...bits);
  const bytes = new Uint8Array(Math.floor(highest / 8) + 1);
  for (const bit of bits) bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) | (0x80 >> (bit & 7));
  const unusedBits = 7 - (highest & 7);
  return extension('2.5.29.15', true, new asn1js.BitString({ valueHex: bytes, unusedBits }));
}

/** subjectKeyIdentifier (2.5.29.14): `KeyIdentifier ::= OCTET STRING`. */
export function subjectKeyIdentifierExtension(keyId: Uint8Array): Extension {
  return extension('2.5.29.14', false, new asn1js.OctetString({ valueHex: keyId }));
}

/** authorityKeyIdentifier (2.5.29.35): `SEQUENCE { keyIdentifier [0] IMPLICIT OCTET STRING }`. */
export function authorityKeyIdentifierExtension(keyId: Uint8Array): Extension {
  const keyIdentifier = new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 }, valueHex: keyId });
  return extension('2.5.29.35', false, new asn1js.Sequence({ value: [keyIdentifier] }));
}

/** certificatePolicies (2.5.29.32): one `PolicyInformation { policyIdentifier }` per OID, no qualifiers. */
export function certificatePoliciesExtension(policyOids: readonly string[]): Extension {
  const value = policyOids.map(
    (oid) => new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: oid })] }),
  );
  return extension('2.5.29.32', false, new asn1js.Sequence({ value }));
}

/** authorityInfoAccess (1.3.6.1.5.5.7.1.1): id-ad-ocsp and id-ad-caIssuers, each an HTTP URI. */
export function authorityInfoAccessExtension(ocspUrl: string, caIssuersUrl: string): Extension {
  const access = (method: string, url: string): asn1js.Sequence =>
    new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: method }), uri(url)] });
  return extension(
    '1.3.6.1.5.5.7.1.1',
    false,
    new asn1js.Sequence({
      value: [access('1.3.6.1.5.5.7.48.1', ocspUrl), access('1.3.6.1.5.5.7.48.2', caIssuersUrl)],
    }),
  );
}

/**
 * cRLDistributionPoints (2.5.29.31) with one point:
 * `SEQUENCE { DistributionPoint { distributionPoint [0] { fullName [0] { uri } } } }`
 * (the outer [0] is explicit because DistributionPointName is a CHOICE).
 */
export function crlDistributionPointsExtension(crlUrl: string): Extension {
  const fullName = new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [uri(crlUrl)] });
  const pointName = new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [fullName] });
  const point = new asn1js.Sequence({ value: [pointName] });
  return extension('2.5.29.31', false, new asn1js.Sequence({ value: [point] }));
}

/** qcStatements (1.3.6.1.5.5.7.1.3, RFC 3739) with the single statement QcCompliance. */
export function qcComplianceExtension(): Extension {
  const statement = new asn1js.Sequence({
    value: [new asn1js.ObjectIdentifier({ value: QC_COMPLIANCE_OID })],
  });
  return extension('1.3.6.1.5.5.7.1.3', false, new asn1js.Sequence({ value: [statement] }));
}
