import type * as asn1js from 'asn1js';
import {
  type BasicConstraints,
  Certificate,
  type CertificatePolicies,
  type CRLDistributionPoints,
  type InfoAccess,
  type RelativeDistinguishedNames,
} from 'pkijs';

/** One subject or issuer attribute as decoded by pkijs, with its ASN.1 string type. */
export interface DecodedAttribute {
  type: string;
  value: string;
  stringType: string;
}

/** The fields the profile tests look at, decoded with pkijs (not with the builder under test). */
export interface InspectedCertificate {
  subject: DecodedAttribute[];
  issuer: DecodedAttribute[];
  serialNumberHex: string;
  signatureAlgorithm: string;
  notBefore: Date;
  notAfter: Date;
  /** Extension OID → critical flag, in certificate order. */
  critical: Map<string, boolean>;
  basicConstraints: { ca: boolean; pathLength: number | undefined } | undefined;
  /** keyUsage BIT STRING (unused-bits byte and bits), hex. */
  keyUsageHex: string | undefined;
  policies: string[];
  ocsp: string[];
  caIssuers: string[];
  crl: string[];
  qcStatements: string[];
}

function attributes(name: RelativeDistinguishedNames): DecodedAttribute[] {
  return name.typesAndValues.map((tv) => ({
    type: tv.type,
    value: String((tv.value as asn1js.Utf8String).valueBlock.value),
    stringType: tv.value.constructor.name,
  }));
}

/** Decodes a DER certificate for the profile assertions. */
export function inspectCertificate(der: Uint8Array): InspectedCertificate {
  const cert = Certificate.fromBER(new Uint8Array(der));
  const extensions = cert.extensions ?? [];
  const parsed = (oid: string): unknown => extensions.find((e) => e.extnID === oid)?.parsedValue;
  const bc = parsed('2.5.29.19') as BasicConstraints | undefined;
  const ku = extensions.find((e) => e.extnID === '2.5.29.15');
  const aia = parsed('1.3.6.1.5.5.7.1.1') as InfoAccess | undefined;
  const access = (method: string): string[] =>
    (aia?.accessDescriptions ?? [])
      .filter((d) => d.accessMethod === method)
      .map((d) => String(d.accessLocation.value));
  const cdp = parsed('2.5.29.31') as CRLDistributionPoints | undefined;
  const qc = parsed('1.3.6.1.5.5.7.1.3') as { values: { id: string }[] } | undefined;
  return {
    subject: attributes(cert.subject),
    issuer: attributes(cert.issuer),
    serialNumberHex: Buffer.from(cert.serialNumber.valueBlock.valueHexView).toString('hex'),
    signatureAlgorithm: cert.signatureAlgorithm.algorithmId,
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
    critical: new Map(extensions.map((e) => [e.extnID, e.critical])),
    basicConstraints:
      bc === undefined
        ? undefined
        : {
            ca: bc.cA,
            pathLength: typeof bc.pathLenConstraint === 'number' ? bc.pathLenConstraint : undefined,
          },
    keyUsageHex:
      ku === undefined
        ? undefined
        : Buffer.from(ku.extnValue.valueBlock.valueHexView).toString('hex').slice(4),
    policies: ((parsed('2.5.29.32') as CertificatePolicies | undefined)?.certificatePolicies ?? []).map(
      (p) => p.policyIdentifier,
    ),
    ocsp: access('1.3.6.1.5.5.7.48.1'),
    caIssuers: access('1.3.6.1.5.5.7.48.2'),
    crl: (cdp?.distributionPoints ?? []).flatMap((p) =>
      Array.isArray(p.distributionPoint) ? p.distributionPoint.map((n) => String(n.value)) : [],
    ),
    qcStatements: (qc?.values ?? []).map((v) => v.id),
  };
}
