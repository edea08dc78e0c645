import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseCertificate } from '../../../../common/pki/certificate.ts';
import {
  buildWebEidToken,
  isWebEidAlgorithm,
  WEB_EID_ALGORITHMS,
  webEidAlgorithmForKey,
  webEidDigest,
  webEidSignedData,
} from '../../../../common/webeid/index.ts';
import { buildCardImage } from '../../../virtual-card/index.ts';

const ORIGIN = 'https://register.example.be';
const NONCE = 'q1Nz4X5GJ6c0pPfW2hK8mT3vYbR7uE9aL0sD4fG6hJ8=';

/** Independent computation with node:crypto, from pki-and-signing.md §5.1. */
function expected(hash: 'sha256' | 'sha384', outer: boolean): Buffer {
  const h = (data: Buffer | string): Buffer => createHash(hash).update(data).digest();
  const inner = Buffer.concat([h(Buffer.from(ORIGIN, 'utf8')), h(Buffer.from(NONCE, 'utf8'))]);
  return outer ? h(inner) : inner;
}

describe('webEidSignedData / webEidDigest (pki-and-signing.md §5.1)', () => {
  it('is H(origin) ‖ H(nonce string) over the UTF-8 text, not the decoded nonce', async () => {
    expect(Buffer.from(await webEidSignedData(ORIGIN, NONCE, 'SHA-256'))).toEqual(expected('sha256', false));
    expect(Buffer.from(await webEidSignedData(ORIGIN, NONCE, 'SHA-384'))).toEqual(expected('sha384', false));
  });

  it('gives the card H(H(origin) ‖ H(nonce)): 32 bytes for RS256, 48 for ES384', async () => {
    const rs256 = await webEidDigest(ORIGIN, NONCE, WEB_EID_ALGORITHMS.RS256.hash);
    const es384 = await webEidDigest(ORIGIN, NONCE, WEB_EID_ALGORITHMS.ES384.hash);
    expect(Buffer.from(rs256)).toEqual(expected('sha256', true));
    expect(Buffer.from(es384)).toEqual(expected('sha384', true));
    expect([rs256.length, es384.length]).toEqual([32, 48]);
  });

  it('encodes a non-ASCII origin as UTF-8', async () => {
    const origin = 'https://inschrijving.bévé.example';
    const data = await webEidSignedData(origin, NONCE, 'SHA-256');
    expect(Buffer.from(data.subarray(0, 32))).toEqual(createHash('sha256').update(origin, 'utf8').digest());
  });
});

describe('algorithms', () => {
  it('picks RS256 for RSA keys and ES384 for P-384 keys, by key type', async () => {
    const rsa = await parseCertificate(buildCardImage('citizen-1.7').certificates.authentication.der);
    const ec = await parseCertificate(buildCardImage('citizen-1.8').certificates.authentication.der);
    expect(webEidAlgorithmForKey(rsa.publicKey)).toBe('RS256');
    expect(webEidAlgorithmForKey(ec.publicKey)).toBe('ES384');
    expect(webEidAlgorithmForKey({ kind: 'ec', curve: 'P-256', curveOid: '1.2.840.10045.3.1.7' })).toBe(
      'ES256',
    );
    expect(() => webEidAlgorithmForKey({ kind: 'other', algorithmOid: '1.3.101.112' })).toThrow(RangeError);
  });

  it('knows the JWS names of RFC 7518 and nothing else', () => {
    expect(['RS256', 'PS384', 'ES512'].every(isWebEidAlgorithm)).toBe(true);
    expect(['HS256', 'none', 'toString', 'es384'].some(isWebEidAlgorithm)).toBe(false);
  });
});

describe('buildWebEidToken', () => {
  it('writes web-eid:1.0 with base64 of the trimmed certificate and of the signature as given', () => {
    const der = buildCardImage('citizen-1.8').certificates.authentication.der;
    const padded = new Uint8Array(der.length + 1100);
    padded.set(der);
    const signature = Uint8Array.from({ length: 96 }, (_, i) => i);
    const token = buildWebEidToken({
      certificate: padded,
      algorithm: 'ES384',
      signature,
      appVersion: 'https://x/v1',
    });
    expect(token).toEqual({
      unverifiedCertificate: Buffer.from(der).toString('base64'),
      algorithm: 'ES384',
      signature: Buffer.from(signature).toString('base64'),
      format: 'web-eid:1.0',
      appVersion: 'https://x/v1',
    });
    expect('appVersion' in buildWebEidToken({ certificate: der, algorithm: 'ES384', signature })).toBe(false);
  });

  it('refuses an empty certificate file', () => {
    expect(() =>
      buildWebEidToken({
        certificate: new Uint8Array(2500),
        algorithm: 'RS256',
        signature: new Uint8Array(1),
      }),
    ).toThrow(RangeError);
  });
});
