import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../common/binary/parse-error.ts';
import { trimCertificateFile, trimDerSignatureFile } from '../../../../common/der/card-file-trim.ts';
import { hex } from '../../../support/hex.ts';

/** `content` followed by `padding` zero bytes, as the card stores it (belpic-protocol.md §2.1). */
function padded(content: Uint8Array, padding: number): Uint8Array {
  const file = new Uint8Array(content.length + padding);
  file.set(content);
  return file;
}

/** A fake "certificate": `30 82 01 04` and 260 content bytes 01 02 03 …, enough for the 82 form. */
function fakeCertificate(): Uint8Array {
  const der = new Uint8Array(4 + 0x104);
  der.set(hex('30 82 01 04'));
  for (let i = 4; i < der.length; i++) der[i] = (i % 250) + 1;
  return der;
}

describe('trimCertificateFile (belpic-protocol.md §3.2)', () => {
  const der = fakeCertificate();

  it.each([
    ['no padding (1.7 root)', 0],
    ['50 zero bytes (1.7)', 50],
    ['1100 zero bytes (1.8)', 1100],
  ])('keeps LL+4 bytes with %s', (_name, padding) => {
    const trimmed = trimCertificateFile(padded(der, padding));

    expect(trimmed).toEqual(der);
    expect(trimmed?.length).toBe(0x104 + 4);
  });

  it.each([
    ['an empty file', 0],
    ['1300 zero bytes (absent, 1.7)', 1300],
    ['2500 zero bytes (absent, 1.8)', 2500],
  ])('reports %s as absent', (_name, size) => {
    expect(trimCertificateFile(new Uint8Array(size))).toBeUndefined();
  });

  it('reports a file whose first byte is 00 as absent', () => {
    expect(trimCertificateFile(hex('00 82 01 04 FF'))).toBeUndefined();
  });

  it.each([
    ['the header only', (d: Uint8Array) => d.subarray(0, 4)],
    ['the first half', (d: Uint8Array) => d.subarray(0, d.length / 2)],
    ['all but the last byte', (d: Uint8Array) => d.subarray(0, d.length - 1)],
    ['the first byte', (d: Uint8Array) => d.subarray(0, 1)],
  ])('rejects a file cut to %s', (_name, cut) => {
    expect(() => trimCertificateFile(cut(der))).toThrow(ParseError);
  });

  it('rejects non-zero bytes in the padding', () => {
    const file = padded(der, 50);
    file[der.length + 10] = 0x01;

    expect(() => trimCertificateFile(file)).toThrow(/non-zero byte in the padding/);
  });

  it('rejects a file that does not start with a SEQUENCE', () => {
    expect(() => trimCertificateFile(hex('31 03 02 01 05'))).toThrow(ParseError);
  });

  it.each([
    ['short form', '30 00 00 00'],
    ['long form', '30 82 00 00 00 00'],
  ])('rejects an empty SEQUENCE (%s)', (_name, file) => {
    expect(() => trimCertificateFile(hex(file))).toThrow(/empty certificate/);
  });
});

describe('trimDerSignatureFile (belpic-protocol.md §3.2, §5.3)', () => {
  // 30 06 02 01 7F 02 01 01: a tiny ECDSA-Sig-Value, then 256-byte zero padding as on the card.
  const shortForm = hex('30 06 02 01 7F 02 01 01');

  it('keeps b[1] + 2 bytes (short form)', () => {
    expect(trimDerSignatureFile(padded(shortForm, 248))).toEqual(shortForm);
  });

  it('follows the long form when b[1] has the high bit set', () => {
    // P-521 style: 30 81 88 02 42 <66> 02 42 <66>
    const der = new Uint8Array(3 + 0x88);
    der.set(hex('30 81 88 02 42'));
    der[5] = 0x01;
    der.set(hex('02 42'), 5 + 0x42);
    der[7 + 0x42] = 0x01;

    expect(trimDerSignatureFile(padded(der, 100))).toEqual(der);
  });

  it.each([
    ['an all-zero file', new Uint8Array(256)],
    ['a truncated DER', hex('30 06 02 01 7F 02')],
    ['non-zero padding', hex('30 06 02 01 7F 02 01 01 00 00 05')],
  ])('rejects %s', (_name, file) => {
    expect(() => trimDerSignatureFile(file)).toThrow(ParseError);
  });
});
