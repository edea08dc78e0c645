import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WEB_EID_FORMAT } from '../../../../common/webeid/index.ts';
import { buildCardImage } from '../../../virtual-card/index.ts';
import {
  ATTRIBUTE_OID,
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
import { issuingCa } from './holder-fixture.ts';
import { NONCE, NOW, ORIGIN, testVerifier } from './verification-fixture.ts';

/**
 * A holder key larger than any card's (RSA-4608) is not checked before its certificate is
 * trusted, nor on the event loop (`isRoutineKey`), but gets the same verdicts.
 */
describe('authenticate with a non-routine key (RSA-4608)', () => {
  const image = buildCardImage('citizen-1.7');
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 4608 });
  const der = buildCertificate({
    serialNumber: Uint8Array.of(0x01, 0x46, 0x08),
    subject: [
      countryBe(),
      utf8Attribute(ATTRIBUTE_OID.commonName, 'Large Key (Authentication)'),
      serialNumberAttribute(image.nationalNumber),
    ],
    subjectPublicKey: publicKey,
    notBefore: new Date('2024-06-01T00:00:00Z'),
    notAfter: new Date('2034-06-01T00:00:00Z'),
    extensions: [
      basicConstraintsExtension(false),
      keyUsageExtension(['digitalSignature']),
      certificatePoliciesExtension([POLICY_OIDS.rsa2048.citizenAuthentication]),
    ],
    signer: { keyPair: issuingCa(image).keyPair, certificate: issuingCa(image).der },
  });
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  const signature = sign('sha256', Buffer.concat([sha256(ORIGIN), sha256(NONCE)]), privateKey);
  const input = (token: Partial<{ signature: string }> = {}) => ({
    token: {
      unverifiedCertificate: Buffer.from(der).toString('base64'),
      algorithm: 'RS256',
      signature: signature.toString('base64'),
      format: WEB_EID_FORMAT,
      ...token,
    },
    caCertificate: issuingCa(image).der,
    origin: ORIGIN,
    nonce: NONCE,
    now: NOW,
  });

  it('accepts its valid token', async () => {
    expect(await testVerifier().authenticate(input())).toMatchObject({
      ok: true,
      nationalNumber: image.nationalNumber,
    });
  });

  it('refuses a forged signature, and a certificate of another CA before the token', async () => {
    const forged = Uint8Array.from(signature);
    forged[20]! ^= 1;
    expect(
      await testVerifier().authenticate(input({ signature: Buffer.from(forged).toString('base64') })),
    ).toEqual({
      ok: false,
      code: 'token-signature-invalid',
    });
    const otherCa = { ...input(), caCertificate: image.pki.foreignerCa.der };
    expect(await testVerifier().authenticate(otherCa)).toEqual({ ok: false, code: 'certificate-untrusted' });
  });
});
