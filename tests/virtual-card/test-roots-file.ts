import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodePem } from '../../common/pki/pem.ts';
import { createTestPki } from './pki/test-pki.ts';

/** Where {@link writeTestRootsFile} puts the test roots (git-ignored). */
export const TEST_ROOTS_FILE = fileURLToPath(
  new URL('../../.cache/virtual-card/test-roots.pem', import.meta.url),
);

/**
 * Writes the virtual cards' test roots (RSA for 1.7 cards, P-384 for 1.8) for `seed` as PEM,
 * so `eid-wizard doctor --test-roots <file>` can trust them: test roots are never trusted by
 * default (pki-and-signing.md §2.4). Returns the path.
 */
export function writeTestRootsFile(seed: string): string {
  const pem = (['rsa2048', 'p384'] as const).map((algorithm) =>
    encodePem(createTestPki(seed, algorithm).root.der),
  );
  mkdirSync(fileURLToPath(new URL('../../.cache/virtual-card/', import.meta.url)), { recursive: true });
  writeFileSync(TEST_ROOTS_FILE, pem.join(''));
  return TEST_ROOTS_FILE;
}
