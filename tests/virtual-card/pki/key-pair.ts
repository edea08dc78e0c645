import { createPublicKey, type KeyObject } from 'node:crypto';
import { generateP384KeyPair } from './ec-keygen.ts';
import { cachedPrivateKey, defaultKeyCacheDirectory, keyCacheName } from './key-cache.ts';
import type { KeyAlgorithm, TestKeyPair } from './pki-types.ts';
import { generateRsaKeyPair } from './rsa-keygen.ts';
import { createSeededRandom } from './seeded-random.ts';

/** node:crypto `asymmetricKeyType` of each algorithm's keys. */
const KEY_TYPE: Readonly<Record<KeyAlgorithm, string>> = { rsa2048: 'rsa', p384: 'ec' };

/** Keys already derived in this process, by cache name (derivation is pure, so sharing is safe). */
const derived = new Map<string, TestKeyPair>();

/**
 * Generates the key pair for (`algorithm`, `seed`, `label`) from scratch, without any cache.
 * The stream label is `key/<algorithm>/<label>`, so each algorithm draws from its own stream.
 */
export function generateKeyPairUncached(algorithm: KeyAlgorithm, seed: string, label: string): TestKeyPair {
  const random = createSeededRandom(seed, `key/${algorithm}/${label}`);
  const pair = algorithm === 'rsa2048' ? generateRsaKeyPair(random) : generateP384KeyPair(random);
  return { algorithm, ...pair };
}

/**
 * The deterministic key pair for (`algorithm`, `seed`, `label`), the same bytes as
 * {@link generateKeyPairUncached}, but read from the on-disk cache when present
 * (see `key-cache.ts`) and remembered for the rest of the process.
 */
export function deriveKeyPair(
  algorithm: KeyAlgorithm,
  seed: string,
  label: string,
  cacheDirectory: string | null = defaultKeyCacheDirectory(),
): TestKeyPair {
  const name = keyCacheName(algorithm, seed, label);
  const remembered = derived.get(name);
  if (remembered !== undefined) return remembered;
  const privateKey: KeyObject = cachedPrivateKey(
    cacheDirectory,
    name,
    KEY_TYPE[algorithm],
    () => generateKeyPairUncached(algorithm, seed, label).privateKey,
  );
  const pair: TestKeyPair = { algorithm, privateKey, publicKey: createPublicKey(privateKey) };
  derived.set(name, pair);
  return pair;
}
