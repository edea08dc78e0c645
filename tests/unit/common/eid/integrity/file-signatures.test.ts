import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../../common/binary/parse-error.ts';
import { trimDerSignatureFile } from '../../../../../common/der/card-file-trim.ts';
import {
  verifyAddressSignature,
  verifyIdentitySignature,
} from '../../../../../common/eid/integrity/file-signatures.ts';
import { verifyRrnSignature } from '../../../../../common/eid/integrity/rrn-signature.ts';
import { stripTrailingZeros } from '../../../../../common/eid/integrity/signed-data.ts';
import { buildCardImage } from '../../../../virtual-card/index.ts';
import { concat, integrityInput, rrnSign } from './card-fixture.ts';

describe.each(['citizen-1.7', 'citizen-1.8'])('RRN file signatures on %s (belpic-protocol.md §5.1)', (id) => {
  const image = buildCardImage(id);
  const input = integrityInput(image);
  const rrn = input.rrnCertificate;

  it('verifies with the RRN certificate as DER as well as the padded file', async () => {
    const fromDer = await verifyIdentitySignature(
      input.identityFile,
      input.identitySignature,
      image.pki.rrn.der,
    );

    expect(fromDer.valid).toBe(true);
  });

  it('signs the identity file as read: a signature over a padded identity file needs the padding', async () => {
    const padded = concat(input.identityFile, new Uint8Array(6));
    const signature = rrnSign(image, padded);

    const asRead = await verifyIdentitySignature(padded, signature, rrn);
    const stripped = await verifyIdentitySignature(stripTrailingZeros(padded), signature, rrn);

    expect(asRead.valid).toBe(true);
    expect(stripped).toMatchObject({ valid: false, reason: 'signature-mismatch' });
  });

  it('does not verify the card identity file with zeros appended', async () => {
    const result = await verifyIdentitySignature(
      concat(input.identityFile, Uint8Array.of(0)),
      input.identitySignature,
      rrn,
    );

    expect(result.valid).toBe(false);
  });

  it('signs stripped address ‖ whole identity signature file', async () => {
    const result = await verifyAddressSignature(
      input.addressFile!,
      input.addressSignature!,
      input.identitySignature,
      rrn,
    );
    const unstripped = await verifyRrnSignature(
      concat(input.addressFile!, input.identitySignature),
      input.addressSignature!,
      rrn,
    );

    expect(result.valid).toBe(true);
    expect(unstripped.valid).toBe(false);
  });
});

describe('EC address signature over the DER part only (belpic-protocol.md §5.1)', () => {
  const image = buildCardImage('citizen-1.8');
  const input = integrityInput(image);

  it('fails: the whole 256-byte identity signature file is signed, not just its DER', async () => {
    const derOnly = trimDerSignatureFile(input.identitySignature);

    const result = await verifyAddressSignature(
      input.addressFile!,
      input.addressSignature!,
      derOnly,
      input.rrnCertificate,
    );

    expect(derOnly.length).toBeLessThan(input.identitySignature.length);
    expect(result).toMatchObject({ valid: false, reason: 'signature-mismatch', tried: ['ecdsa-sha384'] });
  });

  it('chooses ECDSA SHA-384 by the key type, whatever the photo-hash length', async () => {
    for (const photoHashLength of [20, 32, 48]) {
      const result = await verifyIdentitySignature(
        input.identityFile,
        input.identitySignature,
        input.rrnCertificate,
        {
          photoHashLength,
        },
      );

      expect(result).toEqual({ valid: true, scheme: 'ecdsa-sha384', tried: ['ecdsa-sha384'] });
    }
  });

  it.each([
    ['an all-zero signature file', new Uint8Array(256)],
    [
      'a signature file with non-zero padding',
      concat(input.identitySignature.subarray(0, 255), Uint8Array.of(1)),
    ],
    ['a truncated signature file', input.identitySignature.subarray(0, 20)],
  ])('throws ParseError for %s', async (_name, signature) => {
    await expect(
      verifyIdentitySignature(input.identityFile, signature, input.rrnCertificate),
    ).rejects.toThrow(ParseError);
  });

  it('throws ParseError for a zero-filled RRN certificate file', async () => {
    await expect(
      verifyIdentitySignature(input.identityFile, input.identitySignature, new Uint8Array(2500)),
    ).rejects.toThrow(ParseError);
  });
});

describe('RSA digest from the photo-hash length, with the SHA-1 → SHA-256 fallback (§5.2 step 3)', () => {
  const image = buildCardImage('citizen-1.7');
  const input = integrityInput(image);
  const data = input.identityFile;

  it.each([
    [
      'SHA-1 signature, 20-byte photo hash',
      'sha1',
      20,
      { valid: true, scheme: 'rsa-pkcs1-sha1', tried: ['rsa-pkcs1-sha1'] },
    ],
    [
      'SHA-256 signature, 20-byte photo hash (re-signed CA4 card): fallback',
      'sha256',
      20,
      { valid: true, scheme: 'rsa-pkcs1-sha256', tried: ['rsa-pkcs1-sha1', 'rsa-pkcs1-sha256'] },
    ],
    [
      'SHA-256 signature, 32-byte photo hash',
      'sha256',
      32,
      { valid: true, scheme: 'rsa-pkcs1-sha256', tried: ['rsa-pkcs1-sha256'] },
    ],
    [
      'SHA-1 signature, 32-byte photo hash: no fallback',
      'sha1',
      32,
      { valid: false, reason: 'signature-mismatch', tried: ['rsa-pkcs1-sha256'] },
    ],
    [
      'SHA-384 signature, 48-byte photo hash',
      'sha384',
      48,
      { valid: true, scheme: 'rsa-pkcs1-sha384', tried: ['rsa-pkcs1-sha384'] },
    ],
    [
      'SHA-384 signature, 20-byte photo hash: only SHA-1 and SHA-256 are tried',
      'sha384',
      20,
      { valid: false, reason: 'signature-mismatch', tried: ['rsa-pkcs1-sha1', 'rsa-pkcs1-sha256'] },
    ],
  ] as const)('%s', async (_name, hash, photoHashLength, expected) => {
    const signature = rrnSign(image, data, hash);

    const result = await verifyIdentitySignature(data, signature, input.rrnCertificate, { photoHashLength });

    expect(result).toEqual(expected);
  });

  it('uses SHA-256 when no photo-hash length is given', async () => {
    const result = await verifyIdentitySignature(data, input.identitySignature, input.rrnCertificate);

    expect(result).toEqual({ valid: true, scheme: 'rsa-pkcs1-sha256', tried: ['rsa-pkcs1-sha256'] });
  });

  it('throws ParseError for a photo-hash length that implies no hash', async () => {
    await expect(
      verifyIdentitySignature(data, input.identitySignature, input.rrnCertificate, { photoHashLength: 16 }),
    ).rejects.toThrow(ParseError);
  });
});
