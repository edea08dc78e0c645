import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../common/binary/parse-error.ts';
import { decodeBase64, encodeBase64 } from '../../../../common/pki/base64.ts';
import { decodePemCertificates, encodePem } from '../../../../common/pki/pem.ts';

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('base64 (RFC 4648 §10 test vectors)', () => {
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ])('"%s" ↔ "%s"', (text, encoded) => {
    expect(encodeBase64(ascii(text))).toBe(encoded);
    expect(decodeBase64(encoded)).toEqual(ascii(text));
  });

  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);

    expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
    expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('skips line breaks', () => {
    expect(decodeBase64('Zm9v\r\nYmFy\n')).toEqual(ascii('foobar'));
  });

  it.each([
    ['a character outside the alphabet', 'Zm9v!mFy'],
    ['a length that is not a multiple of 4', 'Zm9vY'],
    ['missing padding', 'Zm8'],
    ['data after padding', 'Zg==Zg=='],
    ['three padding characters', 'Z==='],
    ['non-zero padding bits', 'Zh=='],
  ])('rejects %s', (_name, text) => {
    expect(() => decodeBase64(text)).toThrow(ParseError);
  });
});

describe('PEM (RFC 7468)', () => {
  const pem = readFileSync(new URL('../../../../resources/trust/belgiumrca6.pem', import.meta.url), 'ascii');
  const der = new Uint8Array(new X509Certificate(pem).raw);

  it('decodes the CERTIFICATE blocks of a PEM file', () => {
    expect(decodePemCertificates(pem)).toEqual([der]);
  });

  it('encodes DER as Node does: 64-character lines and a final newline', () => {
    const encoded = encodePem(der);

    expect(encoded).toBe(new X509Certificate(der).toString());
    expect(encoded.split('\n').every((line) => line.length <= 64 || line.startsWith('-----'))).toBe(true);
  });

  it('round-trips several blocks, ignoring text around them and other labels', () => {
    const text = `Bundle\n${encodePem(Uint8Array.of(1, 2, 3))}${encodePem(Uint8Array.of(9), 'PUBLIC KEY')}${encodePem(der)}`;

    expect(decodePemCertificates(text)).toEqual([Uint8Array.of(1, 2, 3), der]);
  });

  it('rejects mismatched BEGIN/END labels and bad base64', () => {
    expect(() => decodePemCertificates('-----BEGIN CERTIFICATE-----AAAA-----END X509 CRL-----')).toThrow(
      ParseError,
    );
    expect(() => decodePemCertificates('-----BEGIN CERTIFICATE-----AA!A-----END CERTIFICATE-----')).toThrow(
      ParseError,
    );
  });
});
