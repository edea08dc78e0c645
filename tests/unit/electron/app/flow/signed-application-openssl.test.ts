import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../../../../common/pki/base64.ts';
import { encodePem } from '../../../../../common/pki/pem.ts';
import { startFlowHarness, type FlowHarness } from '../../../../support/flow-harness.ts';
import { runTool } from '../../../../support/run-tool.ts';
import { CITIZEN_CARDS, register } from './helpers/drive-flow.ts';

/**
 * The application the flow signed with the card verifies with an independent implementation,
 * Debian's `openssl cms -verify` (architecture.md "Signing and verification"), for the RSA
 * (1.7) and ECDSA P-384 (1.8) cards, and a changed byte makes it fail. Skipped, with the
 * reason printed, where the `openssl` tool is missing.
 */
let harness: FlowHarness | undefined;
let directory: string;
let missing: string | undefined;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'eidw-flow-cms-'));
  missing = await runTool('openssl', ['version']).then(
    (r) => (r.status === 0 ? undefined : r.stderr),
    (error: Error) => error.message,
  );
  if (missing)
    console.warn(`skipping the openssl checks: no openssl tool (apt-get install openssl): ${missing}`);
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

function opensslVerify(
  name: string,
  content: Uint8Array,
  signature: Uint8Array,
  root: Uint8Array,
  ca: Uint8Array,
) {
  const file = (suffix: string, bytes: Uint8Array | string) => {
    const path = join(directory, `${name}${suffix}`);
    writeFileSync(path, bytes);
    return path;
  };
  const args = ['cms', '-verify', '-binary', '-inform', 'DER', '-purpose', 'any', '-out', '/dev/null'];
  return runTool('openssl', [
    ...args,
    ...['-in', file('.p7s', signature), '-content', file('.json', content)],
    ...['-CAfile', file('-root.pem', encodePem(root)), '-certfile', file('-ca.pem', encodePem(ca))],
  ]);
}

describe('signed application', () => {
  for (const cardId of CITIZEN_CARDS) {
    it(`verifies with openssl cms -verify (${cardId})`, async (context) => {
      if (missing) return context.skip(`no openssl tool: ${missing}`);
      const h = (harness = await startFlowHarness());
      await register(h, cardId);
      const [sent] = h.record.submissions;
      if (!sent) throw new Error('nothing was submitted');
      const content = decodeBase64(sent.request.application);
      const signature = decodeBase64(sent.request.signature);
      const root = h.card!.image.pki.root.der;
      const ca = decodeBase64(sent.request.caCertificate);
      const verified = await opensslVerify(cardId, content, signature, root, ca);
      expect(verified.stderr).toContain('Verification successful');
      expect(verified.status).toBe(0);
      expect(JSON.parse(new TextDecoder().decode(content))).toMatchObject({
        contact: { email: 'jan@example.be' },
      });
      const changed = content.slice();
      changed[changed.length - 2]! ^= 0x01;
      const refused = await opensslVerify(`${cardId}-changed`, changed, signature, root, ca);
      expect(refused.status).not.toBe(0);
    });
  }
});
