import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePem } from '../../../../common/pki/pem.ts';
import { runTool } from '../../../support/run-tool.ts';
import { makeRegistration, type Registration } from '../../../support/registration-fixture.ts';
import { requireOpenssl } from './openssl.ts';

/**
 * The detached CAdES-BES made with the virtual card verifies with an independent
 * implementation, OpenSSL's `cms -verify` (pki-and-signing.md §1.2 "[verified]" recipe,
 * architecture.md "must validate with openssl cms -verify").
 */
let directory: string;
beforeAll(async () => {
  await requireOpenssl();
  directory = mkdtempSync(join(tmpdir(), 'eidw-cms-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function registrationOf(id: string): Promise<Registration> {
  return makeRegistration(id, {
    origin: 'https://register.example.be',
    nonce: 'bm9uY2U=',
    sessionId: 'session-1',
    enrolmentId: 'enrolment-1',
    contact: { email: 'holder@example.be' },
    photo: true,
  });
}

function opensslVerify(name: string, made: Registration, content: Uint8Array) {
  const files = {
    signature: join(directory, `${name}.p7s`),
    content: join(directory, `${name}.json`),
    root: join(directory, `${name}-root.pem`),
  };
  writeFileSync(files.signature, made.submission.signature);
  writeFileSync(files.content, content);
  writeFileSync(files.root, encodePem(made.image.pki.root.der));
  return runTool('openssl', [
    'cms',
    '-verify',
    '-binary',
    '-inform',
    'DER',
    '-in',
    files.signature,
    '-content',
    files.content,
    '-CAfile',
    files.root,
    '-purpose',
    'any',
    '-out',
    '/dev/null',
  ]);
}

describe.each(['citizen-1.7', 'citizen-1.8', 'foreigner-1.8'])('openssl cms -verify on %s', (id) => {
  it('accepts the signature over the exact application bytes, chained to the test root', async () => {
    const made = await registrationOf(id);
    const result = await opensslVerify(id, made, made.submission.application);
    expect(result.stderr).toContain('Verification successful');
    expect(result.status).toBe(0);
  });

  it('refuses it over other bytes', async () => {
    const made = await registrationOf(id);
    const altered = made.submission.application.slice();
    altered[altered.length - 3] = altered[altered.length - 3]! ^ 1;
    const result = await opensslVerify(`${id}-altered`, made, altered);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/digest failure|Verification failure/);
  });

  it('shows the four signed attributes (cmsout -print)', async () => {
    const made = await registrationOf(id);
    const file = join(directory, `${id}-print.p7s`);
    writeFileSync(file, made.submission.signature);
    const printed = await runTool('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', file]);
    expect(printed.status).toBe(0);
    for (const name of ['contentType', 'signingTime', 'messageDigest', 'id-smime-aa-signingCertificateV2']) {
      expect(printed.stdout).toContain(name);
    }
    expect(printed.stdout).toContain('eContent: <ABSENT>');
  });
});
