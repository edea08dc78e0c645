import { createHash, verify } from 'node:crypto';
import * as asn1js from 'asn1js';
import { describe, expect, it } from 'vitest';
import {
  encodeEcdsaSignature,
  signP384Digest,
  signP384Sha384,
} from '../../../virtual-card/pki/deterministic-ecdsa.ts';
import {
  P384_ORDER,
  drawP384Scalar,
  generateP384KeyPair,
  p384KeyPairFromScalar,
  p384PrivateScalar,
} from '../../../virtual-card/pki/ec-keygen.ts';
import { createSeededRandom } from '../../../virtual-card/pki/seeded-random.ts';

/** RFC 6979 A.2.6 (ECDSA, 384 bits, P-384) private key. */
const RFC6979_KEY =
  0x6b9d3dad2e1b8c1c05b19875b6659f4de23c3b667bf297ba9aa47740787137d896d5724e4c70a825f872c9ea60d2edf5n;

/** RFC 6979 A.2.6, "With SHA-384" signatures. */
const RFC6979_VECTORS = [
  {
    message: 'sample',
    r: '94edbb92a5ecb8aad4736e56c691916b3f88140666ce9fa73d64c4ea95ad133c81a648152e44acf96e36dd1e80fabe46',
    s: '99ef4aeb15f178cea1fe40db2603138f130e740a19624526203b6351d0a3a94fa329c145786e679e7b82c71a38628ac8',
  },
  {
    message: 'test',
    r: '8203b63d3c853e8d77227fb377bcf7b7b772e97892a80f36ab775d509d7a5feb0542a7f0812998da8f1dd3ca3cf023db',
    s: 'ddd0760448d42d8a43af45af836fce4de8be06b485e9b61b827c2f13173923e06a739f040649a667bf3b828246baa5a5',
  },
];

/** Decodes DER Ecdsa-Sig-Value with asn1js (independent of the encoder under test). */
function decodeSignature(der: Uint8Array): { r: string; s: string } {
  const parsed = asn1js.fromBER(der);
  expect(parsed.offset).toBe(der.length);
  const [r, s] = (parsed.result as asn1js.Sequence).valueBlock.value as asn1js.Integer[];
  return { r: (r?.toBigInt() ?? 0n).toString(16), s: (s?.toBigInt() ?? 0n).toString(16) };
}

describe('signP384Sha384 (RFC 6979)', () => {
  it.each(RFC6979_VECTORS)(
    'reproduces the RFC 6979 A.2.6 SHA-384 vector for "$message"',
    ({ message, r, s }) => {
      // Arrange
      const { privateKey, publicKey } = p384KeyPairFromScalar(RFC6979_KEY);
      // Act
      const signature = signP384Sha384(privateKey, Buffer.from(message));
      // Assert
      expect(decodeSignature(signature)).toEqual({ r, s });
      expect(verify('sha384', Buffer.from(message), publicKey, signature)).toBe(true);
    },
  );

  it('is deterministic and verifies with node:crypto for generated keys', () => {
    const { privateKey, publicKey } = generateP384KeyPair(createSeededRandom('ecdsa-test', 'k'));
    for (const text of ['', 'a', 'Émilie Müller', 'x'.repeat(10_000)]) {
      const data = Buffer.from(text);
      const first = signP384Sha384(privateKey, data);
      expect(Buffer.from(signP384Sha384(privateKey, data)).equals(Buffer.from(first))).toBe(true);
      expect(verify('sha384', data, publicKey, first)).toBe(true);
      expect(verify('sha384', Buffer.from(`${text}!`), publicKey, first)).toBe(false);
    }
  });

  it('signs raw digests (what the card computes) and truncates long ones to 384 bits', () => {
    const { privateKey, publicKey } = p384KeyPairFromScalar(RFC6979_KEY);
    const sha256 = createHash('sha256').update('sample').digest();
    const signature = signP384Digest(privateKey, sha256);
    expect(verify('sha256', Buffer.from('sample'), publicKey, signature)).toBe(true);
    const sha512 = createHash('sha512').update('sample').digest();
    expect(verify('sha512', Buffer.from('sample'), publicKey, signP384Digest(privateKey, sha512))).toBe(true);
  });
});

describe('encodeEcdsaSignature', () => {
  it('uses minimal positive DER integers', () => {
    expect(Buffer.from(encodeEcdsaSignature(1n, 0x80n)).toString('hex')).toBe('3007020101020200' + '80');
  });
});

describe('P-384 key generation', () => {
  it('is deterministic, keeps the scalar in [1, n-1] and round-trips through KeyObject', () => {
    const scalar = drawP384Scalar(createSeededRandom('ec-test', 'k'));
    expect(drawP384Scalar(createSeededRandom('ec-test', 'k'))).toBe(scalar);
    expect(scalar >= 1n && scalar < P384_ORDER).toBe(true);
    const pair = generateP384KeyPair(createSeededRandom('ec-test', 'k'));
    expect(p384PrivateScalar(pair.privateKey)).toBe(scalar);
    expect(pair.publicKey.asymmetricKeyDetails?.namedCurve).toBe('secp384r1');
    const other = generateP384KeyPair(createSeededRandom('ec-test', 'other'));
    expect(p384PrivateScalar(other.privateKey)).not.toBe(scalar);
  });

  it('derives the RFC 6979 A.2.6 public key from its private scalar', () => {
    const jwk = p384KeyPairFromScalar(RFC6979_KEY).publicKey.export({ format: 'jwk' });
    expect(Buffer.from(jwk.x ?? '', 'base64url').toString('hex')).toBe(
      'ec3a4e415b4e19a4568618029f427fa5da9a8bc4ae92e02e06aae5286b300c64def8f0ea9055866064a254515480bc13',
    );
  });
});
