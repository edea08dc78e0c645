import { createHash, sign } from 'node:crypto';
import { WEB_EID_FORMAT, type WebEidToken } from '../../../../common/webeid/index.ts';
import type { CardImage } from '../../../virtual-card/index.ts';
import {
  ATTRIBUTE_OID,
  countryBe,
  serialNumberAttribute,
  utf8Attribute,
  type PolicyOids,
  POLICY_OIDS,
} from '../../../virtual-card/pki/belgian-profiles.ts';
import { buildCertificate, type NameAttribute } from '../../../virtual-card/pki/certificate-builder.ts';
import {
  authorityInfoAccessExtension,
  basicConstraintsExtension,
  certificatePoliciesExtension,
  keyUsageExtension,
  qcComplianceExtension,
  type KeyUsageName,
} from '../../../virtual-card/pki/certificate-extensions.ts';
import { deriveKeyPair } from '../../../virtual-card/pki/key-pair.ts';
import type { TestCertificate } from '../../../virtual-card/pki/pki-types.ts';

/** A holder certificate made for one test, issued by a virtual card's CA. */
export interface HolderSpec {
  /** Key label (P-384 keys, derived without the disk cache). */
  readonly label: string;
  /** Subject serialNumber; `null` leaves it out. */
  readonly nationalNumber?: string | null;
  readonly country?: string;
  /** Default: the citizen authentication policy of the card's PKI. */
  readonly policy?: keyof PolicyOids | 'none';
  readonly keyUsage?: readonly KeyUsageName[];
  readonly qcStatements?: boolean;
  /** AIA OCSP URL; none when absent. */
  readonly ocspUrl?: string;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  /** Serial number hex (even length; `01` is put in front); derived from the label when absent. */
  readonly serialHex?: string;
}

/** The issuing CA of a card image. */
export function issuingCa(image: CardImage): TestCertificate {
  return image.profile.issuer === 'citizen' ? image.pki.citizenCa : image.pki.foreignerCa;
}

/** Issues a holder certificate under the CA of `image` (deterministic DER). */
export function issueHolder(image: CardImage, spec: HolderSpec): TestCertificate {
  const keyPair = deriveKeyPair('p384', 'verification-tests', spec.label, null);
  const subject: NameAttribute[] = [
    spec.country === undefined
      ? countryBe()
      : { type: ATTRIBUTE_OID.country, value: spec.country, encoding: 'printable' },
    utf8Attribute(ATTRIBUTE_OID.commonName, `Test ${spec.label} (Authentication)`),
  ];
  if (spec.nationalNumber !== null)
    subject.push(serialNumberAttribute(spec.nationalNumber ?? image.nationalNumber));
  const policy = spec.policy ?? 'citizenAuthentication';
  const serial = spec.serialHex ?? createHash('sha256').update(spec.label).digest('hex').slice(0, 16);
  const ca = issuingCa(image);
  const der = buildCertificate({
    serialNumber: Uint8Array.from(Buffer.from(`01${serial}`, 'hex')),
    subject,
    subjectPublicKey: keyPair.publicKey,
    notBefore: spec.notBefore ?? new Date('2024-06-01T00:00:00Z'),
    notAfter: spec.notAfter ?? new Date('2034-06-01T00:00:00Z'),
    extensions: [
      basicConstraintsExtension(false),
      keyUsageExtension(spec.keyUsage ?? ['digitalSignature']),
      ...(policy === 'none'
        ? []
        : [certificatePoliciesExtension([POLICY_OIDS[image.pki.algorithm][policy]])]),
      ...(spec.ocspUrl === undefined
        ? []
        : [authorityInfoAccessExtension(spec.ocspUrl, 'http://certs.eid-pki.test/ca.crt')]),
      ...(spec.qcStatements ? [qcComplianceExtension()] : []),
    ],
    signer: { keyPair: ca.keyPair, certificate: ca.der },
  });
  return { der, keyPair, subjectCommonName: `Test ${spec.label}` };
}

/** An ES384 `web-eid:1.0` token signed with the holder's key over H(origin) ‖ H(nonce). */
export function holderToken(holder: TestCertificate, origin: string, nonce: string): WebEidToken {
  const sha384 = (text: string): Buffer => createHash('sha384').update(text, 'utf8').digest();
  const data = Buffer.concat([sha384(origin), sha384(nonce)]);
  const signature = sign('sha384', data, { key: holder.keyPair.privateKey, dsaEncoding: 'ieee-p1363' });
  return {
    unverifiedCertificate: Buffer.from(holder.der).toString('base64'),
    algorithm: 'ES384',
    signature: signature.toString('base64'),
    format: WEB_EID_FORMAT,
  };
}
