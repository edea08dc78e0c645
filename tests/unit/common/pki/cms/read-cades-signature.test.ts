import * as asn1js from 'asn1js';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../../common/binary/parse-error.ts';
import {
  checkSignedAttributes,
  CMS_OID,
  compareDerEncodings,
  isDerSetOrder,
  readCadesSignature,
  readSignedAttributes,
  signerIdentifies,
} from '../../../../../common/pki/cms/index.ts';
import { decodeOid, singleElement } from '../../../../../common/pki/cms/der-walk.ts';
import { decodeTime } from '../../../../../common/pki/cms/signing-time.ts';
import { parseCertificate } from '../../../../../common/pki/certificate.ts';
import { cardCades, CONTENT, nodeHash } from './cades-fixture.ts';

const der = (block: asn1js.BaseBlock): Uint8Array => new Uint8Array(block.toBER());

describe('X.690 §11.6 DER SET OF order', () => {
  it('pads the shorter encoding with zero octets', () => {
    expect(compareDerEncodings(Uint8Array.of(1, 2), Uint8Array.of(1, 2, 0))).toBe(0);
    expect(compareDerEncodings(Uint8Array.of(1, 2), Uint8Array.of(1, 2, 1))).toBeLessThan(0);
    expect(compareDerEncodings(Uint8Array.of(0x31, 5), Uint8Array.of(0x30, 9, 9))).toBeGreaterThan(0);
    expect(isDerSetOrder([Uint8Array.of(1), Uint8Array.of(1), Uint8Array.of(2)])).toBe(true);
    expect(isDerSetOrder([Uint8Array.of(2), Uint8Array.of(1)])).toBe(false);
  });
});

describe('decodeOid and decodeTime', () => {
  it.each(['1.2.840.113549.1.9.16.2.47', '2.16.840.1.101.3.4.2.2', '0.4.0.1862.1.1', '2.999.3'])(
    '%s round-trips',
    (oid) => {
      expect(decodeOid(singleElement(der(new asn1js.ObjectIdentifier({ value: oid })), 't'), 't')).toBe(oid);
    },
  );

  it('reads UTCTime with the 1950/2049 window and GeneralizedTime', () => {
    const element = (tag: number, text: string) =>
      singleElement(Uint8Array.of(tag, text.length, ...Buffer.from(text)), 't');
    expect(decodeTime(element(0x17, '250615100000Z'), 't')).toEqual(new Date('2025-06-15T10:00:00Z'));
    expect(decodeTime(element(0x17, '500101000000Z'), 't')).toEqual(new Date('1950-01-01T00:00:00Z'));
    expect(decodeTime(element(0x18, '20500101000000Z'), 't')).toEqual(new Date('2050-01-01T00:00:00Z'));
    for (const [tag, text] of [
      [0x17, '2506151000Z'],
      [0x17, '250615100000+0200'],
      [0x17, '250230100000Z'],
      [0x18, '20250615100000.5Z'],
      [0x04, '250615100000Z'],
    ] as const) {
      expect(() => decodeTime(element(tag, text), 't')).toThrow(ParseError);
    }
  });
});

describe('readCadesSignature', () => {
  it('refuses what is not one ContentInfo with one SignedData and one SignerInfo', async () => {
    const { der: cms } = await cardCades('citizen-1.8');
    expect(() => readCadesSignature(Uint8Array.from([...cms, 0]))).toThrow(/data after/);
    expect(() => readCadesSignature(cms.subarray(0, cms.length - 1))).toThrow(ParseError);
    const data = der(new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: CMS_OID.data })] }));
    expect(() => readCadesSignature(data)).toThrow(ParseError);
    expect(() => readCadesSignature(new Uint8Array(0))).toThrow(ParseError);
  });

  it('reads the SignerInfo pieces needed to verify', async () => {
    const { der: cms, image, toBeSigned } = await cardCades('citizen-1.7');
    const model = readCadesSignature(cms);
    const certificate = await parseCertificate(image.certificates.signing!.der);
    const reference = {
      issuerName: certificate.raw.issuerName,
      serialNumber: certificate.serialNumber,
      certificateHash: () => new Uint8Array(),
    };
    expect(signerIdentifies(model.signer, reference)).toBe(true);
    expect(signerIdentifies(model.signer, { ...reference, serialNumber: '01' })).toBe(false);
    expect(model.signer.signature).toHaveLength(256);
    expect(model.signer.signedAttributes).toEqual(toBeSigned);
  });
});

describe('readSignedAttributes / checkSignedAttributes', () => {
  const attribute = (type: string, values: asn1js.BaseBlock[]) =>
    new asn1js.Sequence({
      value: [new asn1js.ObjectIdentifier({ value: type }), new asn1js.Set({ value: values })],
    });

  it('refuses an attribute with two values or a repeated attribute (RFC 5652 §11)', () => {
    const time = new asn1js.UTCTime({ valueDate: new Date('2025-01-01T00:00:00Z') });
    const twoValues = der(new asn1js.Set({ value: [attribute(CMS_OID.signingTime, [time, time])] }));
    expect(() => readSignedAttributes(twoValues)).toThrow(/exactly one value/);
    const repeated = der(
      new asn1js.Set({
        value: [attribute(CMS_OID.signingTime, [time]), attribute(CMS_OID.signingTime, [time])],
      }),
    );
    expect(() => readSignedAttributes(repeated)).toThrow(/twice/);
    expect(() => readSignedAttributes(der(new asn1js.Set({ value: [] })))).toThrow(/empty/);
  });

  it('names each problem', async () => {
    const made = await cardCades('citizen-1.8');
    const certificate = await parseCertificate(made.image.certificates.signing!.der);
    const attributes = readSignedAttributes(made.toBeSigned);
    const certificateRef = {
      issuerName: certificate.raw.issuerName,
      serialNumber: certificate.serialNumber,
      certificateHash: (hash: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512') => nodeHash(hash, certificate.der),
    };
    const expectation = {
      eContentType: CMS_OID.data as string,
      messageDigest: nodeHash('SHA-384', CONTENT),
      certificate: certificateRef,
    };
    expect(checkSignedAttributes(attributes, expectation)).toEqual({
      ok: true,
      signingTime: made.signingTime,
    });
    const problem = (
      change: Partial<typeof expectation>,
      attributeChange: Partial<typeof attributes> = {},
    ) => {
      const verdict = checkSignedAttributes(
        { ...attributes, ...attributeChange },
        { ...expectation, ...change },
      );
      return verdict.ok ? 'ok' : verdict.problem;
    };
    expect(problem({ messageDigest: nodeHash('SHA-384', new Uint8Array(1)) })).toBe(
      'message-digest-mismatch',
    );
    expect(problem({ eContentType: '1.2.3' })).toBe('content-type-mismatch');
    expect(problem({ certificate: { ...certificateRef, serialNumber: '00' } })).toBe(
      'signing-certificate-mismatch',
    );
    expect(problem({ certificate: { ...certificateRef, certificateHash: () => new Uint8Array(48) } })).toBe(
      'signing-certificate-mismatch',
    );
    expect(problem({}, { derOrder: false })).toBe('not-der-order');
    expect(problem({}, { signingTime: undefined })).toBe('missing-attribute');
  });
});
