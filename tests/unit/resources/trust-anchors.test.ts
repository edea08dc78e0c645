import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BELGIAN_ROOTS } from '../../../common/pki/belgian-roots.ts';

const trustDir = new URL('../../../resources/trust/', import.meta.url);

describe('resources/trust holds exactly the pinned Belgian roots', () => {
  it.each(BELGIAN_ROOTS.map((r) => [r.file, r] as const))(
    '%s matches its pinned SHA-256 and subject',
    (_file, root) => {
      const certificate = new X509Certificate(readFileSync(new URL(root.file, trustDir)));

      const fingerprint = createHash('sha256').update(certificate.raw).digest('hex').toUpperCase();

      expect(fingerprint).toBe(root.sha256);
      expect(certificate.subject).toContain(`CN=${root.commonName}`);
      expect(certificate.ca).toBe(true);
      expect(new Date(certificate.validTo).toISOString().slice(0, 10)).toBe(root.validUntil);
    },
  );
});
