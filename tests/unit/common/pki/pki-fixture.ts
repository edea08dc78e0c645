import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as asn1js from 'asn1js';
import { Extension } from 'pkijs';
import { BELGIAN_ROOTS } from '../../../../common/pki/belgian-roots.ts';
import type { CardImage } from '../../../virtual-card/index.ts';
import { countryBe, utf8Attribute, ATTRIBUTE_OID } from '../../../virtual-card/pki/belgian-profiles.ts';
import { buildCertificate } from '../../../virtual-card/pki/certificate-builder.ts';
import {
  basicConstraintsExtension,
  keyUsageExtension,
  type KeyUsageName,
} from '../../../virtual-card/pki/certificate-extensions.ts';
import { deriveKeyPair } from '../../../virtual-card/pki/key-pair.ts';
import type { KeyAlgorithm, TestCertificate } from '../../../virtual-card/pki/pki-types.ts';

/** The real Belgian roots shipped in resources/trust, as PEM text. */
export function realRootPems(): string[] {
  return BELGIAN_ROOTS.map((root) =>
    readFileSync(new URL(`../../../../resources/trust/${root.file}`, import.meta.url), 'ascii'),
  );
}

/** The real Belgian roots as DER. */
export function realRootDers(): Uint8Array[] {
  return realRootPems().map((pem) => new Uint8Array(new X509Certificate(pem).raw));
}

/**
 * A moment inside the validity of every certificate of the card (holder certificates, CA,
 * RRN, root): the middle of the overlap. For `expired-*` cards that is early January 2024.
 */
export function cardNow(image: CardImage): Date {
  const ders = [image.certificates.authentication.der, image.pki.citizenCa.der, image.pki.rrn.der];
  const certificates = ders.map((der) => new X509Certificate(der));
  const start = Math.max(...certificates.map((c) => Date.parse(c.validFrom)));
  const end = Math.min(...certificates.map((c) => Date.parse(c.validTo)));
  return new Date(start + Math.floor((end - start) / 2 / 86_400_000) * 86_400_000);
}

/** Seed of the extra keys of the negative tests; uncached, P-384 keys are quick to derive. */
const EXTRA_SEED = 'common-pki-negative-tests';

/** What an extra test certificate looks like; defaults make a leaf valid 2024–2039. */
export interface ExtraCertificateSpec {
  readonly commonName: string;
  readonly keyLabel: string;
  readonly algorithm?: KeyAlgorithm;
  /** Issuer certificate and key, or `self` for a self-signed certificate. */
  readonly issuer: TestCertificate | 'self';
  /** Signing key when it must differ from the issuer's (forged signature). */
  readonly signingKeyOf?: TestCertificate;
  readonly ca?: { readonly pathLength?: number };
  readonly keyUsage?: readonly KeyUsageName[];
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly extensions?: readonly Extension[];
}

/** A positive 8-byte serial number derived from the name, so the DER does not depend on test order. */
function serialFor(name: string): Uint8Array {
  const bytes = new Uint8Array(createHash('sha256').update(name).digest().subarray(0, 8));
  bytes[0] = (bytes[0]! & 0x7f) | 0x10;
  return bytes;
}

/** Builds one certificate with the virtual card's test PKI builder (deterministic DER). */
export function issueExtra(spec: ExtraCertificateSpec): TestCertificate {
  const keyPair = deriveKeyPair(spec.algorithm ?? 'p384', EXTRA_SEED, spec.keyLabel, null);
  const issuer = spec.issuer === 'self' ? undefined : spec.issuer;
  const signerKey = spec.signingKeyOf?.keyPair ?? issuer?.keyPair ?? keyPair;
  const der = buildCertificate({
    serialNumber: serialFor(spec.commonName),
    subject: [countryBe(), utf8Attribute(ATTRIBUTE_OID.commonName, spec.commonName)],
    subjectPublicKey: keyPair.publicKey,
    notBefore: spec.notBefore ?? new Date('2024-06-01T00:00:00Z'),
    notAfter: spec.notAfter ?? new Date('2039-06-01T00:00:00Z'),
    extensions: [
      basicConstraintsExtension(spec.ca !== undefined, spec.ca?.pathLength),
      keyUsageExtension(spec.keyUsage ?? (spec.ca ? ['keyCertSign', 'cRLSign'] : ['digitalSignature'])),
      ...(spec.extensions ?? []),
    ],
    signer: { keyPair: signerKey, certificate: issuer?.der },
  });
  return { der, keyPair, subjectCommonName: spec.commonName };
}

/** extKeyUsage (2.5.29.37) with the given purposes. */
export function extendedKeyUsageExtension(purposes: readonly string[]): Extension {
  const value = new asn1js.Sequence({
    value: purposes.map((p) => new asn1js.ObjectIdentifier({ value: p })),
  });
  return new Extension({ extnID: '2.5.29.37', critical: false, extnValue: value.toBER() });
}

/** An extension nobody processes, marked critical. */
export function unknownCriticalExtension(): Extension {
  return new Extension({ extnID: '1.2.3.4.5', critical: true, extnValue: new asn1js.Null().toBER() });
}

/** A copy of `bytes` with byte `index` (negative: from the end) XOR `mask`. */
export function flipByte(bytes: Uint8Array, index: number, mask = 0x01): Uint8Array {
  const copy = bytes.slice();
  const at = index < 0 ? copy.length + index : index;
  copy[at] = copy[at]! ^ mask;
  return copy;
}
