import * as asn1js from 'asn1js';
import { Certificate, ContentInfo, SignedData } from 'pkijs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../../common/binary/parse-error.ts';
import {
  CardSignatureMismatchError,
  CMS_OID,
  compareDerEncodings,
  prepareCadesSignature,
  readCadesSignature,
  readSignedAttributes,
} from '../../../../../common/pki/cms/index.ts';
import { parseCertificate } from '../../../../../common/pki/certificate.ts';
import { cardCades, CONTENT, nodeHash, SIGNING_TIME } from './cades-fixture.ts';

const CARDS = [
  ['citizen-1.7', 'RSA-2048, SHA-256'],
  ['citizen-1.8', 'P-384, SHA-384'],
  ['foreigner-1.8', 'P-384, Foreigner CA'],
] as const;

describe.each(CARDS)('CAdES-BES made by the virtual card %s (%s)', (id) => {
  it('verifies with pkijs SignedData.verify over the detached content, chain to the test root included', async () => {
    const { der, image } = await cardCades(id);
    const signedData = new SignedData({ schema: ContentInfo.fromBER(new Uint8Array(der)).content });
    const result = await signedData.verify({
      signer: 0,
      data: new Uint8Array(CONTENT).buffer,
      checkChain: true,
      trustedCerts: [Certificate.fromBER(new Uint8Array(image.pki.root.der))],
      checkDate: SIGNING_TIME,
      extendedMode: true,
    });
    expect(result.signatureVerified).toBe(true);
    expect(result.code).toBe(14);
  });

  it('is rejected by pkijs for other content', async () => {
    const { der } = await cardCades(id);
    const signedData = new SignedData({ schema: ContentInfo.fromBER(new Uint8Array(der)).content });
    await expect(
      signedData.verify({ signer: 0, data: new TextEncoder().encode('{}').buffer }),
    ).rejects.toThrow();
  });

  it('has the four signed attributes in DER order, and signs their SET encoding', async () => {
    const { der, toBeSigned, hash, image } = await cardCades(id);
    const model = readCadesSignature(der);
    expect(model.signer.signedAttributes).toEqual(toBeSigned);
    expect(toBeSigned[0]).toBe(0x31);
    const set = asn1js.fromBER(toBeSigned).result as asn1js.Set;
    const encodings = set.valueBlock.value.map((a) => new Uint8Array(a.toBER()));
    const sorted = [...encodings].sort(compareDerEncodings);
    expect(encodings).toEqual(sorted);
    const attributes = readSignedAttributes(toBeSigned);
    expect(attributes.types).toHaveLength(4);
    expect(attributes.derOrder).toBe(true);
    expect(attributes.contentType).toBe(CMS_OID.data);
    expect(attributes.messageDigest).toEqual(nodeHash(hash, CONTENT));
    expect(attributes.signingTime).toEqual(SIGNING_TIME);
    const signing = image.certificates.signing!.der;
    expect(attributes.signingCertificateV2?.certHash).toEqual(nodeHash(hash, signing));
    const certificate = await parseCertificate(signing);
    expect(attributes.signingCertificateV2?.issuerSerial?.issuer).toEqual(certificate.raw.issuerName);
    expect(
      Buffer.from(attributes.signingCertificateV2!.issuerSerial!.serialNumber).toString('hex').toUpperCase(),
    ).toBe(certificate.serialNumber);
  });

  it('writes the algorithms as §1.2 says: digest without parameters, RSA with NULL, ECDSA without', async () => {
    const { der, hash } = await cardCades(id);
    const { signer, digestAlgorithms, detached, eContentType, version, certificates } =
      readCadesSignature(der);
    const hashOid = hash === 'SHA-256' ? '2.16.840.1.101.3.4.2.1' : '2.16.840.1.101.3.4.2.2';
    expect(digestAlgorithms).toEqual([{ oid: hashOid, parameters: 'absent' }]);
    expect(signer.digestAlgorithm).toEqual({ oid: hashOid, parameters: 'absent' });
    expect(signer.signatureAlgorithm).toEqual(
      id.endsWith('1.7')
        ? { oid: '1.2.840.113549.1.1.1', parameters: 'null' }
        : { oid: '1.2.840.10045.4.3.3', parameters: 'absent' },
    );
    expect([version, signer.version, detached, eContentType]).toEqual([1, 1, true, CMS_OID.data]);
    expect(certificates).toHaveLength(2);
    expect(signer.hasUnsignedAttributes).toBe(false);
  });

  it('omits the ESSCertIDv2 hashAlgorithm for SHA-256 and writes it for SHA-384', async () => {
    const { toBeSigned, hash } = await cardCades(id);
    const { signingCertificateV2 } = readSignedAttributes(toBeSigned);
    const sha384Id = Uint8Array.of(
      0x30,
      0x0b,
      0x06,
      0x09,
      0x60,
      0x86,
      0x48,
      0x01,
      0x65,
      0x03,
      0x04,
      0x02,
      0x02,
    );
    const present = Buffer.from(toBeSigned).includes(Buffer.from(sha384Id));
    expect(present).toBe(hash === 'SHA-384');
    expect(signingCertificateV2?.hashOid).toBe(
      hash === 'SHA-256' ? '2.16.840.1.101.3.4.2.1' : '2.16.840.1.101.3.4.2.2',
    );
    expect(signingCertificateV2?.issuerSerial).toBeDefined();
  });
});

describe('prepareCadesSignature guards', () => {
  it('refuses a card signature of the wrong length', async () => {
    const { image } = await cardCades('citizen-1.8');
    const prepared = await prepareCadesSignature({
      content: CONTENT,
      signingCertificateDer: image.certificates.signing!.der,
      caCertificatesDer: [image.pki.citizenCa.der],
      hash: 'SHA-384',
      signingTime: SIGNING_TIME,
    });
    await expect(prepared.complete(new Uint8Array(95))).rejects.toThrow(ParseError);
  });

  it('refuses a signature made with another key (e.g. the authentication key)', async () => {
    const { image } = await cardCades('citizen-1.8');
    const prepared = await prepareCadesSignature({
      content: CONTENT,
      signingCertificateDer: image.certificates.signing!.der,
      caCertificatesDer: [image.pki.citizenCa.der],
      hash: 'SHA-384',
      signingTime: SIGNING_TIME,
    });
    await expect(prepared.complete(new Uint8Array(96).fill(1))).rejects.toThrow(CardSignatureMismatchError);
  });

  it('refuses a zero-filled signing certificate file (no signing key)', async () => {
    await expect(
      prepareCadesSignature({
        content: CONTENT,
        signingCertificateDer: new Uint8Array(2500),
        caCertificatesDer: [],
        hash: 'SHA-384',
        signingTime: SIGNING_TIME,
      }),
    ).rejects.toThrow(/no signing certificate/);
  });

  it('trims card padding so certHash covers the exact DER', async () => {
    const { image } = await cardCades('citizen-1.8');
    const der = image.certificates.signing!.der;
    const padded = new Uint8Array(der.length + 1100);
    padded.set(der);
    const prepared = await prepareCadesSignature({
      content: CONTENT,
      signingCertificateDer: padded,
      caCertificatesDer: [image.pki.citizenCa.der],
      hash: 'SHA-384',
      signingTime: SIGNING_TIME,
    });
    expect(readSignedAttributes(prepared.toBeSigned).signingCertificateV2?.certHash).toEqual(
      nodeHash('SHA-384', der),
    );
  });
});
