import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../server/config/config-error.ts';
import { defaultSettings, derivedDefaults } from '../../../../server/config/defaults.ts';
import { loadTrustAnchors } from '../../../../server/config/trust-anchors.ts';

const settings = (overrides: object = {}) => {
  const base = { ...defaultSettings(), ...overrides };
  return { ...derivedDefaults(base), ...base };
};

describe('trust anchors of the service', () => {
  it('loads the four pinned Belgian roots by default, and no test root', async () => {
    const anchors = await loadTrustAnchors(settings());
    expect(anchors.map((a) => a.pin?.file)).toEqual([
      'belgiumrca3.pem',
      'belgiumrca4.pem',
      'belgiumrca4b.pem',
      'belgiumrca6.pem',
    ]);
    expect(anchors.every((a) => a.origin === 'pinned')).toBe(true);
  });

  it('stops on a file that is not a pinned root', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eidw-trust-'));
    writeFileSync(join(dir, 'junk.pem'), 'not a certificate');
    await expect(loadTrustAnchors(settings({ trustAnchorFiles: [join(dir, 'junk.pem')] }))).rejects.toThrow(
      ConfigError,
    );
    await expect(
      loadTrustAnchors(settings({ trustAnchorFiles: [join(dir, 'missing.pem')] })),
    ).rejects.toThrow(/missing\.pem/);
  });
});
