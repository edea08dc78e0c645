import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../../common/binary/parse-error.ts';
import { verifyBasicKeyHash, verifyPhotoHash } from '../../../../../common/eid/integrity/file-hashes.ts';
import { addressSignedData, stripTrailingZeros } from '../../../../../common/eid/integrity/signed-data.ts';
import { hex } from '../../../../support/hex.ts';

const photo = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) & 0xff);
const hash = (algorithm: string, data: Uint8Array): Uint8Array =>
  new Uint8Array(createHash(algorithm).update(data).digest());

describe('verifyPhotoHash (belpic-protocol.md §4.6, hash by length)', () => {
  it.each([
    ['sha1', 'SHA-1'],
    ['sha256', 'SHA-256'],
    ['sha384', 'SHA-384'],
  ])('matches a %s photo hash', async (algorithm, name) => {
    expect(await verifyPhotoHash(photo, hash(algorithm, photo))).toEqual({ matches: true, algorithm: name });
  });

  it('reports a changed photo as a mismatch, not an error', async () => {
    const changed = photo.slice();
    changed[1500] = changed[1500]! ^ 0x01;

    expect(await verifyPhotoHash(changed, hash('sha384', photo))).toEqual({
      matches: false,
      algorithm: 'SHA-384',
    });
  });

  it('throws ParseError for a hash length that implies no algorithm', async () => {
    await expect(verifyPhotoHash(photo, new Uint8Array(64))).rejects.toThrow(ParseError);
  });
});

describe('verifyBasicKeyHash (belpic-protocol.md §4.6, SHA-384 of 4040)', () => {
  const basicKey = hex('30 76 30 10 06 07 2A 86 48 CE 3D 02 01 06 05 2B 81 04 00 22 03 62 00 04');

  it('matches and mismatches', async () => {
    expect(await verifyBasicKeyHash(basicKey, hash('sha384', basicKey))).toEqual({
      matches: true,
      algorithm: 'SHA-384',
    });
    expect((await verifyBasicKeyHash(basicKey.subarray(1), hash('sha384', basicKey))).matches).toBe(false);
  });

  it('throws ParseError when the expected hash is not 48 bytes', async () => {
    await expect(verifyBasicKeyHash(basicKey, hash('sha256', basicKey))).rejects.toThrow(ParseError);
  });
});

describe('signed data (belpic-protocol.md §5.1)', () => {
  it('strips trailing zeros only', () => {
    expect(stripTrailingZeros(hex('01 02 00 41 00 00'))).toEqual(hex('01 02 00 41'));
    expect(stripTrailingZeros(hex('00 00'))).toEqual(new Uint8Array(0));
  });

  it('appends the identity signature file unchanged, padding included', () => {
    expect(addressSignedData(hex('01 01 41 00 00'), hex('30 02 01 00 00 00'))).toEqual(
      hex('01 01 41 30 02 01 00 00 00'),
    );
  });
});
