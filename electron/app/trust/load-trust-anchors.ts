import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { loadPinnedTrustAnchors, type TrustAnchorSet } from '../../../common/pki/trust-anchors.ts';
import { findDirectory } from '../resources/find-directory.ts';

/**
 * Environment variable naming test root files (PEM), separated like PATH. Test roots are
 * trusted only when configured this way or with `--test-roots` (pki-and-signing.md §2.4).
 */
export const TEST_ROOTS_VARIABLE = 'EID_WIZARD_TEST_ROOTS';

/**
 * The trust anchors: the Belgian roots shipped in `resources/trust/` (each accepted only when
 * its SHA-256 is pinned in `common/pki/belgian-roots.ts`), plus test roots from `testRootFiles`
 * and {@link TEST_ROOTS_VARIABLE}. A missing or unreadable test root file throws: a wrong path
 * must not silently leave the virtual card untrusted. `trustDirectory`: where the shipped roots
 * are (an installed app passes its resources folder; default found from the sources).
 */
export async function loadTrustAnchors(
  testRootFiles: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
  trustDirectory = join(findDirectory('resources', 'trust'), 'trust'),
): Promise<TrustAnchorSet> {
  const shipped = readdirSync(trustDirectory)
    .filter((name) => name.endsWith('.pem'))
    .sort()
    .map((name) => readFileSync(join(trustDirectory, name), 'utf8'));
  const fromEnv = (env[TEST_ROOTS_VARIABLE] ?? '').split(delimiter).filter(Boolean);
  const testRoots = [...testRootFiles, ...fromEnv].map((file) => readFileSync(file, 'utf8'));
  return loadPinnedTrustAnchors(shipped, { testRoots });
}
