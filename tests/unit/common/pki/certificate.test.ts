import { createHash, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../common/binary/parse-error.ts';
import { parseCertificate, parseCertificateFile, validityAt } from '../../../../common/pki/certificate.ts';
import { encodePem } from '../../../../common/pki/pem.ts';
import { FID } from '../../../virtual-card/applet/file-system.ts';
import { buildCardImage } from '../../../virtual-card/index.ts';
import { POLICY_OIDS } from '../../../virtual-card/pki/belgian-profiles.ts';
import { realRootDers } from './pki-fixture.ts';

const sha256 = (der: Uint8Array): string => createHash('sha256').update(der).digest('hex').toUpperCase();

describe.each([
  ['citizen-1.7', { kind: 'rsa', modulusBits: 2048 }],
  ['citizen-1.8', { kind: 'ec', curve: 'P-384', curveOid: '1.3.132.0.34' }],
] as const)('parseCertificateFile on %s', (id, publicKey) => {
  const image = buildCardImage(id);
  const file = (fid: number): Uint8Array => image.files.belpic.get(fid)!;

  it('reads the authentication certificate from its padded file', async () => {
    const certificate = (await parseCertificateFile(file(FID.CERT_AUTH)))!;

    expect(certificate.der).toEqual(image.certificates.authentication.der);
    expect(certificate.subject).toMatchObject({
      commonName: 'Émilie Van den Broeck-Lefèvre (Authentication)',
      serialNumber: image.nationalNumber,
      givenName: 'Émilie Anne-Sophie',
      surname: 'Van den Broeck-Lefèvre',
      country: 'BE',
      organization: undefined,
    });
    expect(certificate.issuer).toMatchObject({
      commonName: 'Citizen CA TEST',
      serialNumber: '202401',
      country: 'BE',
    });
    expect(certificate.notBefore).toEqual(new Date('2024-03-01T00:00:00Z'));
    expect(certificate.notAfter).toEqual(new Date('2034-03-01T00:00:00Z'));
    expect(certificate.publicKey).toEqual(publicKey);
    expect(certificate.keyUsage).toMatchObject({
      digitalSignature: true,
      nonRepudiation: false,
      keyCertSign: false,
    });
    expect(certificate.isCa).toBe(false);
    expect(certificate.extendedKeyUsage).toBeUndefined();
    expect(certificate.policies).toEqual([POLICY_OIDS[image.pki.algorithm].citizenAuthentication]);
    expect(certificate.criticalExtensions).toEqual(['2.5.29.19', '2.5.29.15']);
    expect(certificate.sha256).toBe(sha256(image.certificates.authentication.der));
    expect(certificate.serialNumber).toBe(
      new X509Certificate(image.certificates.authentication.der).serialNumber.toUpperCase(),
    );
  });

  it('reads nonRepudiation on the signing certificate', async () => {
    const certificate = (await parseCertificateFile(file(FID.CERT_SIGN)))!;

    expect(certificate.subject.commonName).toBe('Émilie Van den Broeck-Lefèvre (Signature)');
    expect(certificate.keyUsage).toMatchObject({ digitalSignature: false, nonRepudiation: true });
  });

  it('reads the CA, root and RRN certificates', async () => {
    const ca = (await parseCertificateFile(file(FID.CERT_CA)))!;
    const root = (await parseCertificateFile(file(FID.CERT_ROOT)))!;
    const rrn = (await parseCertificateFile(file(FID.CERT_RRN)))!;

    expect(ca).toMatchObject({ isCa: true, pathLength: 0, keyUsage: { keyCertSign: true, cRLSign: true } });
    expect(root).toMatchObject({ isCa: true, pathLength: 1 });
    expect(root.subject.commonName).toBe(root.issuer.commonName);
    expect(rrn.subject).toMatchObject({ commonName: 'RRN TEST', organization: 'RRN', country: 'BE' });
    expect(rrn.keyUsage).toMatchObject({ digitalSignature: true, nonRepudiation: true, keyCertSign: false });
    expect(rrn.isCa).toBe(false);
  });

  it('encodes the DER as the same PEM Node produces', async () => {
    const certificate = (await parseCertificateFile(file(FID.CERT_AUTH)))!;

    expect(encodePem(certificate.der)).toBe(new X509Certificate(certificate.der).toString());
  });
});

describe('parseCertificate on the real Belgian roots', () => {
  it('reads Root CA4 (RSA-4096) and Root CA6 (P-384)', async () => {
    const [, ca4, , ca6] = await Promise.all(realRootDers().map((der) => parseCertificate(der)));

    expect(ca4).toMatchObject({ publicKey: { kind: 'rsa', modulusBits: 4096 }, isCa: true });
    expect(ca4!.subject.commonName).toBe('Belgium Root CA4');
    expect(ca6).toMatchObject({ publicKey: { kind: 'ec', curve: 'P-384' }, isCa: true, pathLength: 1 });
    expect(ca6!.subject).toMatchObject({ commonName: 'Belgium Root CA6', country: 'BE' });
    expect(ca6!.notAfter).toEqual(new Date('2040-06-03T10:01:31Z'));
    expect(ca6!.sha256).toBe('9C872BC979A7C09A58D4A274C199E5CB16CFA9B9618D98BC9A9988E984B8495C');
  });
});

describe('parseCertificate on bad input', () => {
  const der = buildCardImage('kids-1.8').certificates.authentication.der;

  it('returns undefined for an absent (zero-filled) certificate file', async () => {
    const kids = buildCardImage('kids-1.8');

    expect(await parseCertificateFile(kids.files.belpic.get(FID.CERT_SIGN)!)).toBeUndefined();
  });

  it.each([
    ['cut at the start', der.subarray(0, 4)],
    ['cut in the middle', der.subarray(0, der.length >> 1)],
    ['cut at the end', der.subarray(0, der.length - 1)],
    ['followed by padding', Uint8Array.from([...der, 0])],
    ['a SEQUENCE that is not a certificate', Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x05)],
    ['garbage', Uint8Array.of(0xff, 0xff, 0xff)],
  ])('throws ParseError for DER %s', async (_name, bytes) => {
    await expect(parseCertificate(bytes)).rejects.toThrow(ParseError);
  });
});

describe('validityAt (bounds inclusive)', () => {
  const period = { notBefore: new Date('2024-01-01T00:00:00Z'), notAfter: new Date('2025-01-01T00:00:00Z') };

  it.each([
    ['2023-12-31T23:59:59Z', 'not-yet-valid'],
    ['2024-01-01T00:00:00Z', 'valid'],
    ['2025-01-01T00:00:00Z', 'valid'],
    ['2025-01-01T00:00:01Z', 'expired'],
  ])('%s → %s', (now, expected) => {
    expect(validityAt(period, new Date(now))).toBe(expected);
  });
});
