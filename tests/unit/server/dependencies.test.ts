import { describe, expect, it } from 'vitest';
import { loadTrustAnchors } from '../../../server/config/trust-anchors.ts';
import { openVerifier } from '../../../server/dependencies.ts';
import { testConfig } from './helpers/test-app.ts';

describe('the listener’s dependencies', () => {
  it('creates the verifier over the pinned roots, with or without OCSP', async () => {
    const config = testConfig();
    const anchors = await loadTrustAnchors(config);
    for (const ocsp of [config.ocsp, { ...config.ocsp, enabled: true, url: 'http://ocsp.example.be' }]) {
      const verifier = openVerifier({ ...config, ocsp }, anchors);
      expect(typeof verifier.authenticate).toBe('function');
      expect(typeof verifier.verifySubmission).toBe('function');
    }
  });
});
