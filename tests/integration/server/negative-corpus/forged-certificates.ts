import { sign, type KeyObject } from 'node:crypto';
import { webEidSignedData, WEB_EID_FORMAT, type WebEidToken } from '../../../../common/webeid/index.ts';
import type { CardImage } from '../../../virtual-card/index.ts';
import {
  ATTRIBUTE_OID,
  CA_SERIES,
  countryBe,
  POLICY_OIDS,
  serialNumberAttribute,
  utf8Attribute,
} from '../../../virtual-card/pki/belgian-profiles.ts';
import { buildCertificate } from '../../../virtual-card/pki/certificate-builder.ts';
import {
  basicConstraintsExtension,
  certificatePoliciesExtension,
  keyUsageExtension,
} from '../../../virtual-card/pki/certificate-extensions.ts';
import { deriveKeyPair } from '../../../virtual-card/pki/key-pair.ts';
import type { TestCertificate } from '../../../virtual-card/pki/pki-types.ts';
import { toBase64 } from './tamper.ts';

/**
 * Certificates an attacker can make without the trusted keys: an impostor "Citizen CA TEST"
 * (same name, its own P-384 key, self-signed) and an authentication certificate for a real
 * card holder (same subject, national number and policy as the genuine one) issued by it.
 * Keys are derived for the corpus and never written to the key cache.
 */

const SEED = 'negative-corpus/impostor';
const NOT_BEFORE = new Date('2024-01-01T00:00:00Z');
const NOT_AFTER = new Date('2040-01-01T00:00:00Z');

let impostorCa: TestCertificate | undefined;

/** The impostor Citizen CA (P-384), named exactly as the genuine one. */
export function impostorCitizenCa(): TestCertificate {
  if (impostorCa !== undefined) return impostorCa;
  const keyPair = deriveKeyPair('p384', SEED, 'citizen-ca', null);
  const der = buildCertificate({
    serialNumber: Uint8Array.of(0x01, 0x66),
    subject: [
      countryBe(),
      serialNumberAttribute(CA_SERIES.citizen),
      utf8Attribute(ATTRIBUTE_OID.commonName, 'Citizen CA TEST'),
    ],
    subjectPublicKey: keyPair.publicKey,
    notBefore: NOT_BEFORE,
    notAfter: NOT_AFTER,
    extensions: [basicConstraintsExtension(true, 0), keyUsageExtension(['keyCertSign', 'cRLSign'])],
    signer: { keyPair },
  });
  impostorCa = { der, keyPair, subjectCommonName: 'Citizen CA TEST' };
  return impostorCa;
}

/** An authentication certificate for the holder of `image` (a P-384 card), by the impostor CA. */
export function impostorAuthentication(image: CardImage): TestCertificate {
  const ca = impostorCitizenCa();
  const keyPair = deriveKeyPair('p384', SEED, `auth/${image.id}`, null);
  const { firstNames, surname } = image.profile.holder;
  const commonName = `${firstNames.split(' ')[0]} ${surname} (Authentication)`;
  const der = buildCertificate({
    serialNumber: Uint8Array.of(0x01, 0x67),
    subject: [
      countryBe(),
      utf8Attribute(ATTRIBUTE_OID.commonName, commonName),
      utf8Attribute(ATTRIBUTE_OID.surname, surname),
      utf8Attribute(ATTRIBUTE_OID.givenName, firstNames),
      serialNumberAttribute(image.nationalNumber),
    ],
    subjectPublicKey: keyPair.publicKey,
    notBefore: NOT_BEFORE,
    notAfter: NOT_AFTER,
    extensions: [
      basicConstraintsExtension(false),
      keyUsageExtension(['digitalSignature']),
      certificatePoliciesExtension([POLICY_OIDS.p384.citizenAuthentication]),
    ],
    signer: { keyPair: ca.keyPair, certificate: ca.der },
  });
  return { der, keyPair, subjectCommonName: commonName };
}

/**
 * A `web-eid:1.0` token over H(origin) ‖ H(nonce) signed with any key: ES384 (raw r‖s) for
 * EC keys, RS256 for RSA keys; `certificate` is sent as the unverified certificate.
 */
export async function tokenSignedWith(
  certificate: Uint8Array,
  key: KeyObject,
  origin: string,
  nonce: string,
): Promise<WebEidToken> {
  const ec = key.asymmetricKeyType === 'ec';
  const data = await webEidSignedData(origin, nonce, ec ? 'SHA-384' : 'SHA-256');
  const signature = sign(ec ? 'sha384' : 'sha256', data, { key, dsaEncoding: 'ieee-p1363' });
  return {
    unverifiedCertificate: toBase64(certificate),
    algorithm: ec ? 'ES384' : 'RS256',
    signature: toBase64(signature),
    format: WEB_EID_FORMAT,
  };
}
