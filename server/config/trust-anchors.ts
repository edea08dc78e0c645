import { readFileSync } from 'node:fs';
import { loadPinnedTrustAnchors, type TrustAnchor } from '../../common/pki/trust-anchors.ts';
import { ConfigError } from './config-error.ts';
import type { ServiceSettings } from './settings.ts';

/**
 * Reads the configured trust anchors: each file of `trustAnchorFiles` must hold Belgian roots
 * matching a pin (common/pki/belgian-roots.ts); `testRootFiles` are trusted unpinned, so they
 * are only read when configured explicitly. Any refused certificate stops the service:
 * a trust configuration that silently loses a root would refuse real cards later.
 */
export async function loadTrustAnchors(settings: ServiceSettings): Promise<readonly TrustAnchor[]> {
  const read = (file: string): string => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`trust anchor ${file}: ${(error as Error).message}`);
    }
  };
  const set = await loadPinnedTrustAnchors(settings.trustAnchorFiles.map(read), {
    testRoots: settings.testRootFiles.map(read),
  });
  const [rejected] = set.rejected;
  if (rejected !== undefined) {
    const files = rejected.list === 'pinned' ? settings.trustAnchorFiles : settings.testRootFiles;
    throw new ConfigError(`trust anchor ${files[rejected.source]}: ${rejected.reason} (${rejected.message})`);
  }
  if (set.accepted.length === 0) throw new ConfigError('no trust anchors configured');
  return set.accepted;
}
