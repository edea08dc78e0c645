import { createHash, createPrivateKey, randomUUID, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when key derivation changes, so stale cache entries are never used. */
const DERIVATION_VERSION = 'v1';

/** Name of the cache file inside the cache directory. */
const CACHE_FILE = 'test-pki-keys.json';

/**
 * Environment variable that overrides the cache directory; the value `off` disables the disk
 * cache (keys are then always generated).
 */
export const KEY_CACHE_ENV = 'VIRTUAL_CARD_KEY_CACHE';

/** On-disk shape: key name → base64 PKCS#8 DER. */
interface CacheFile {
  keys: Record<string, string>;
}

/**
 * The cache directory: `$VIRTUAL_CARD_KEY_CACHE` if set (`off` → `null`, no disk cache),
 * otherwise `<repo>/.cache/virtual-card/` (git-ignored).
 */
export function defaultKeyCacheDirectory(): string | null {
  const override = process.env[KEY_CACHE_ENV];
  if (override === 'off') return null;
  if (override !== undefined && override !== '') return override;
  return fileURLToPath(new URL('../../../.cache/virtual-card/', import.meta.url));
}

/** Cache key of a derived private key: SHA-256 over the derivation version, algorithm, seed and label. */
export function keyCacheName(algorithm: string, seed: string, label: string): string {
  return createHash('sha256')
    .update(JSON.stringify([DERIVATION_VERSION, algorithm, seed, label]))
    .digest('hex');
}

function readCache(file: string): CacheFile {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'keys' in parsed) {
      const keys = (parsed as { keys: unknown }).keys;
      if (typeof keys === 'object' && keys !== null) return { keys: { ...(keys as Record<string, string>) } };
    }
  } catch {
    // Missing or corrupt: treat as empty; the next write replaces it.
  }
  return { keys: {} };
}

/** Read-merge-write through a temporary file and an atomic rename; parallel test workers may race, and a lost entry only costs a regeneration. */
function storeKey(directory: string, name: string, key: KeyObject): void {
  const file = join(directory, CACHE_FILE);
  const temp = `${file}.${randomUUID()}.tmp`;
  try {
    mkdirSync(directory, { recursive: true });
    const cache = readCache(file);
    cache.keys[name] = key.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    writeFileSync(temp, `${JSON.stringify(cache, null, 1)}\n`);
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true }); // A read-only checkout still works, just slower.
  }
}

function loadKey(directory: string, name: string, keyType: string): KeyObject | undefined {
  const encoded = readCache(join(directory, CACHE_FILE)).keys[name];
  if (typeof encoded !== 'string') return undefined;
  try {
    const key = createPrivateKey({ key: Buffer.from(encoded, 'base64'), format: 'der', type: 'pkcs8' });
    return key.asymmetricKeyType === keyType ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns the cached private key called `name`, or calls `generate` and caches its result.
 * `keyType` is the expected `KeyObject.asymmetricKeyType` (`rsa` or `ec`); an entry of another
 * type or that does not parse counts as a miss. With `directory` `null` nothing is cached.
 * The cache is only an optimisation: `generate` must be deterministic.
 */
export function cachedPrivateKey(
  directory: string | null,
  name: string,
  keyType: string,
  generate: () => KeyObject,
): KeyObject {
  if (directory === null) return generate();
  const cached = loadKey(directory, name, keyType);
  if (cached !== undefined) return cached;
  const key = generate();
  storeKey(directory, name, key);
  return key;
}
