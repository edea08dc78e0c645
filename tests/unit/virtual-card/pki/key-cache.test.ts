import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedPrivateKey, keyCacheName } from '../../../virtual-card/pki/key-cache.ts';
import { deriveKeyPair, generateKeyPairUncached } from '../../../virtual-card/pki/key-pair.ts';
import type { KeyAlgorithm } from '../../../virtual-card/pki/pki-types.ts';

const directories: string[] = [];
function tempDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'virtual-card-key-cache-'));
  directories.push(directory);
  return directory;
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

const pkcs8 = (key: KeyObject): string => key.export({ type: 'pkcs8', format: 'der' }).toString('hex');

describe('cachedPrivateKey', () => {
  it.each<[KeyAlgorithm, string]>([
    ['p384', 'ec'],
    ['rsa2048', 'rsa'],
  ])('returns identical %s keys on cache miss, cache hit and without any cache', (algorithm, keyType) => {
    // Arrange
    const directory = tempDirectory();
    const name = keyCacheName(algorithm, 'cache-test', 'leaf');
    let generated = 0;
    const generate = (): KeyObject => {
      generated += 1;
      return generateKeyPairUncached(algorithm, 'cache-test', 'leaf').privateKey;
    };
    // Act
    const miss = cachedPrivateKey(directory, name, keyType, generate);
    const hit = cachedPrivateKey(directory, name, keyType, generate);
    const uncached = cachedPrivateKey(null, name, keyType, generate);
    // Assert
    expect(generated).toBe(2); // the miss and the uncached call, not the hit
    expect(pkcs8(hit)).toBe(pkcs8(miss));
    expect(pkcs8(uncached)).toBe(pkcs8(miss));
    const file = JSON.parse(readFileSync(join(directory, 'test-pki-keys.json'), 'utf8')) as {
      keys: Record<string, string>;
    };
    expect(Buffer.from(file.keys[name] ?? '', 'base64').toString('hex')).toBe(pkcs8(miss));
  });

  it('regenerates when the cache file is corrupt or holds a key of the wrong type', () => {
    const directory = tempDirectory();
    const name = keyCacheName('p384', 'cache-test', 'corrupt');
    const expected = pkcs8(generateKeyPairUncached('p384', 'cache-test', 'corrupt').privateKey);
    const generate = (): KeyObject => generateKeyPairUncached('p384', 'cache-test', 'corrupt').privateKey;

    writeFileSync(join(directory, 'test-pki-keys.json'), '{ not json');
    expect(pkcs8(cachedPrivateKey(directory, name, 'ec', generate))).toBe(expected);

    const rsa = generateKeyPairUncached('rsa2048', 'cache-test', 'wrong-type').privateKey;
    const wrong = { keys: { [name]: rsa.export({ type: 'pkcs8', format: 'der' }).toString('base64') } };
    writeFileSync(join(directory, 'test-pki-keys.json'), JSON.stringify(wrong));
    expect(pkcs8(cachedPrivateKey(directory, name, 'ec', generate))).toBe(expected);
  });

  it('names keys by algorithm, seed and label', () => {
    const names = new Set([
      keyCacheName('p384', 's', 'l'),
      keyCacheName('rsa2048', 's', 'l'),
      keyCacheName('p384', 's2', 'l'),
      keyCacheName('p384', 's', 'l2'),
    ]);
    expect(names.size).toBe(4);
    expect(keyCacheName('p384', 's', 'l')).toMatch(/^[0-9a-f]{64}$/u);
  });
});

describe('deriveKeyPair', () => {
  it('gives the uncached key and a matching public key', () => {
    const directory = tempDirectory();
    const pair = deriveKeyPair('p384', 'cache-test', 'derive', directory);
    const fresh = generateKeyPairUncached('p384', 'cache-test', 'derive');
    expect(pkcs8(pair.privateKey)).toBe(pkcs8(fresh.privateKey));
    expect(
      pair.publicKey
        .export({ type: 'spki', format: 'der' })
        .equals(fresh.publicKey.export({ type: 'spki', format: 'der' })),
    ).toBe(true);
    expect(pair.algorithm).toBe('p384');
  });
});
