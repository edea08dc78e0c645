import { constants, createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { webEidSignedData } from '../../../../common/webeid/web-eid-digest.ts';
import {
  isRoutineKey,
  verifyAlongside,
  verifyWithKey,
  verifyWithKeyAsync,
  type NodeSignatureScheme,
} from '../../../../server/verification/node-signature.ts';
import { webEidSignedDataSync } from '../../../../server/verification/web-eid-data.ts';

const data = createHash('sha256').update('signed data').digest();
const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' });
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const bigRsa = generateKeyPairSync('rsa', { modulusLength: 4608 });

interface Case {
  readonly name: string;
  readonly key: KeyObject;
  readonly scheme: NodeSignatureScheme;
  readonly signature: Uint8Array;
}

const ecDer = sign('sha384', data, ec.privateKey);
const ecRaw = sign('sha384', data, { key: ec.privateKey, dsaEncoding: 'ieee-p1363' });
const pkcs1 = sign('sha256', data, rsa.privateKey);
const pss = sign('sha256', data, {
  key: rsa.privateKey,
  padding: constants.RSA_PKCS1_PSS_PADDING,
  saltLength: constants.RSA_PSS_SALTLEN_DIGEST,
});
const bigPkcs1 = sign('sha256', data, bigRsa.privateKey);
const flipped = (signature: Uint8Array): Uint8Array => {
  const copy = Uint8Array.from(signature);
  copy[copy.length - 5]! ^= 1;
  return copy;
};

const CASES: readonly Case[] = [
  { name: 'ECDSA DER', key: ec.publicKey, scheme: { kind: 'ecdsa', hash: 'SHA-384' }, signature: ecDer },
  {
    name: 'ECDSA DER, flipped bit',
    key: ec.publicKey,
    scheme: { kind: 'ecdsa', hash: 'SHA-384' },
    signature: flipped(ecDer),
  },
  {
    name: 'ECDSA raw',
    key: ec.publicKey,
    scheme: { kind: 'ecdsa', hash: 'SHA-384', ecdsaEncoding: 'ieee-p1363' },
    signature: ecRaw,
  },
  {
    name: 'ECDSA raw read as DER',
    key: ec.publicKey,
    scheme: { kind: 'ecdsa', hash: 'SHA-384' },
    signature: ecRaw,
  },
  {
    name: 'ECDSA DER read as raw',
    key: ec.publicKey,
    scheme: { kind: 'ecdsa', hash: 'SHA-384', ecdsaEncoding: 'ieee-p1363' },
    signature: ecDer,
  },
  {
    name: 'ECDSA, wrong hash',
    key: ec.publicKey,
    scheme: { kind: 'ecdsa', hash: 'SHA-256' },
    signature: ecDer,
  },
  {
    name: 'ECDSA, garbage',
    key: ec.publicKey,
    scheme: { kind: 'ecdsa', hash: 'SHA-384' },
    signature: Uint8Array.of(1, 2, 3),
  },
  {
    name: 'RSA PKCS#1',
    key: rsa.publicKey,
    scheme: { kind: 'rsa-pkcs1-v1_5', hash: 'SHA-256' },
    signature: pkcs1,
  },
  {
    name: 'RSA PKCS#1, flipped bit',
    key: rsa.publicKey,
    scheme: { kind: 'rsa-pkcs1-v1_5', hash: 'SHA-256' },
    signature: flipped(pkcs1),
  },
  { name: 'RSA PSS', key: rsa.publicKey, scheme: { kind: 'rsa-pss', hash: 'SHA-256' }, signature: pss },
  {
    name: 'PSS read as PKCS#1',
    key: rsa.publicKey,
    scheme: { kind: 'rsa-pkcs1-v1_5', hash: 'SHA-256' },
    signature: pss,
  },
  {
    name: 'PKCS#1 read as PSS',
    key: rsa.publicKey,
    scheme: { kind: 'rsa-pss', hash: 'SHA-256' },
    signature: pkcs1,
  },
  {
    name: 'RSA 4608 (thread pool)',
    key: bigRsa.publicKey,
    scheme: { kind: 'rsa-pkcs1-v1_5', hash: 'SHA-256' },
    signature: bigPkcs1,
  },
  {
    name: 'RSA 4608, flipped bit',
    key: bigRsa.publicKey,
    scheme: { kind: 'rsa-pkcs1-v1_5', hash: 'SHA-256' },
    signature: flipped(bigPkcs1),
  },
  {
    name: 'EC key, RSA scheme',
    key: ec.publicKey,
    scheme: { kind: 'rsa-pkcs1-v1_5', hash: 'SHA-256' },
    signature: pkcs1,
  },
  {
    name: 'RSA key, ECDSA scheme',
    key: rsa.publicKey,
    scheme: { kind: 'ecdsa', hash: 'SHA-384' },
    signature: ecDer,
  },
];

describe('verifyWithKeyAsync: the verdicts of verifyWithKey, off the event loop', () => {
  it('agrees with verifyWithKey on valid, tampered, misencoded and mismatched signatures', async () => {
    for (const { name, key, scheme, signature } of CASES) {
      const expected = verifyWithKey(key, scheme, data, signature);
      expect(await verifyWithKeyAsync(key, scheme, data, signature), name).toBe(expected);
    }
    expect(CASES.filter((c) => verifyWithKey(c.key, c.scheme, data, c.signature)).map((c) => c.name)).toEqual(
      ['ECDSA DER', 'ECDSA raw', 'RSA PKCS#1', 'RSA PSS', 'RSA 4608 (thread pool)'],
    );
  });

  it('gives every verdict of many concurrent checks (never rejects)', async () => {
    const checks = Array.from({ length: 40 }, (_, i) => CASES[i % CASES.length]!);
    const verdicts = await Promise.all(
      checks.map((c) => verifyWithKeyAsync(c.key, c.scheme, data, c.signature)),
    );
    expect(verdicts).toEqual(checks.map((c) => verifyWithKey(c.key, c.scheme, data, c.signature)));
  });
});

describe('verifyAlongside: the same verdicts, on the event loop only for routine keys when the pool is idle', () => {
  it('agrees with verifyWithKey whether the pool is idle or busy', async () => {
    for (const { name, key, scheme, signature } of CASES) {
      const expected = verifyWithKey(key, scheme, data, signature);
      expect(await verifyAlongside(0, key, scheme, data, signature), `${name}, idle`).toBe(expected);
      const busy = Array.from({ length: 4 }, () =>
        verifyWithKeyAsync(ec.publicKey, CASES[0]!.scheme, data, ecDer),
      );
      expect(await verifyAlongside(0, key, scheme, data, signature), `${name}, busy`).toBe(expected);
      expect(await Promise.all(busy)).toEqual([true, true, true, true]);
    }
  });

  it('calls EC and RSA up to 4096 bits routine, larger RSA not', () => {
    expect(isRoutineKey(ec.publicKey)).toBe(true);
    expect(isRoutineKey(rsa.publicKey)).toBe(true);
    expect(isRoutineKey(bigRsa.publicKey)).toBe(false);
  });
});

describe('webEidSignedDataSync: the bytes of common webEidSignedData', () => {
  it('for each hash, ASCII and non-ASCII text', async () => {
    for (const hash of ['SHA-256', 'SHA-384', 'SHA-512'] as const) {
      for (const [origin, nonce] of [
        ['https://register.example.be', 'q3Lx0uYWq1u4b1w8xwYJm2y0Tj8cH8rY8V8+fM8q1ZQ='],
        ['https://bürger.example:8443', 'nonce ✓ 😀'],
      ] as const) {
        expect(webEidSignedDataSync(origin, nonce, hash)).toEqual(
          await webEidSignedData(origin, nonce, hash),
        );
      }
    }
  });

  it('refuses a lone surrogate as common does (it has no UTF-8)', async () => {
    expect(() => webEidSignedDataSync('https://a.example', '\ud800', 'SHA-256')).toThrow();
    await expect(webEidSignedData('https://a.example', '\ud800', 'SHA-256')).rejects.toThrow();
  });
});
