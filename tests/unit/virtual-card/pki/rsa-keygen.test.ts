import { createPublicKey, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesToBigInt, modPow } from '../../../virtual-card/pki/bigint-math.ts';
import { isProbablePrime } from '../../../virtual-card/pki/probable-prime.ts';
import {
  RSA_PUBLIC_EXPONENT,
  generateRsaComponents,
  generateRsaKeyPair,
  rsaKeyPairFromComponents,
} from '../../../virtual-card/pki/rsa-keygen.ts';
import { createSeededRandom } from '../../../virtual-card/pki/seeded-random.ts';

const jwkInt = (value: string | undefined): bigint => bytesToBigInt(Buffer.from(value ?? '', 'base64url'));

describe('isProbablePrime', () => {
  it('classifies small numbers, Carmichael numbers and known large primes', () => {
    expect([2n, 3n, 5n, 65537n, 32771n].map((n) => isProbablePrime(n))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([0n, 1n, 4n, 561n, 41041n, 32767n].map((n) => isProbablePrime(n))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    const m127 = (1n << 127n) - 1n; // Mersenne prime
    const m521 = (1n << 521n) - 1n; // Mersenne prime
    expect(isProbablePrime(m127)).toBe(true);
    expect(isProbablePrime(m521)).toBe(true);
    expect(isProbablePrime(m127 * m521)).toBe(false);
    // 3215031751 = 151·751·28351 is a strong pseudoprime to bases 2, 3, 5 and 7.
    expect(isProbablePrime(3215031751n)).toBe(false);
  });
});

describe('generateRsaKeyPair', () => {
  it('is deterministic and builds a consistent RSA-2048 key (p·q = n, top bits set)', () => {
    // Arrange / Act
    const c = generateRsaComponents(createSeededRandom('rsa-test', 'k'));
    const again = generateRsaComponents(createSeededRandom('rsa-test', 'k'));
    // Assert
    expect(again).toEqual(c);
    expect(c.n.toString(2)).toHaveLength(2048);
    expect(c.p.toString(2).slice(0, 2)).toBe('11');
    expect(c.q.toString(2).slice(0, 2)).toBe('11');
    expect(c.p * c.q).toBe(c.n);
    expect(c.e).toBe(RSA_PUBLIC_EXPONENT);
    expect(isProbablePrime(c.p) && isProbablePrime(c.q)).toBe(true);
    const message = 0x1234567890abcdefn;
    expect(modPow(modPow(message, c.e, c.n), c.d, c.n)).toBe(message);
  });

  it('produces node:crypto keys whose JWK matches the components and that sign and verify', () => {
    const c = generateRsaComponents(createSeededRandom('rsa-test', 'k'));
    const { privateKey, publicKey } = rsaKeyPairFromComponents(c);
    const jwk = privateKey.export({ format: 'jwk' });
    expect(privateKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(jwkInt(jwk.n)).toBe(c.n);
    expect(jwkInt(jwk.p) * jwkInt(jwk.q)).toBe(jwkInt(jwk.n));
    const data = Buffer.from('to be signed');
    const signature = sign('sha256', data, privateKey);
    expect(verify('sha256', data, publicKey, signature)).toBe(true);
    expect(verify('sha256', data, createPublicKey(privateKey), sign('sha256', data, privateKey))).toBe(true);
  });

  it('gives different keys for different streams and stays fast', () => {
    const start = performance.now();
    const a = generateRsaKeyPair(createSeededRandom('rsa-test', 'a'));
    const elapsed = performance.now() - start;
    const b = generateRsaKeyPair(createSeededRandom('rsa-test', 'b'));
    const der = (k: typeof a): string => k.publicKey.export({ type: 'spki', format: 'der' }).toString('hex');
    expect(der(a)).not.toBe(der(b));
    expect(elapsed).toBeLessThan(2000);
  });
});
