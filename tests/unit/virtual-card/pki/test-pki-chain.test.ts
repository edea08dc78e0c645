import { execFileSync } from 'node:child_process';
import { X509Certificate, verify } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signWithKey } from '../../../virtual-card/pki/sign-with-key.ts';
import type { KeyAlgorithm, TestCertificate } from '../../../virtual-card/pki/test-pki.ts';
import { HOLDER_VALIDITY, INSIDE_VALIDITY, createPkiFixture } from './pki-fixture.ts';

const workDirectory = mkdtempSync(join(tmpdir(), 'virtual-card-pki-'));
afterAll(() => rmSync(workDirectory, { recursive: true, force: true }));

function pemFile(name: string, certificate: TestCertificate): string {
  const path = join(workDirectory, `${name}.pem`);
  writeFileSync(path, new X509Certificate(certificate.der).toString());
  return path;
}

/** Runs `openssl verify -x509_strict` and returns its exit status and output. */
function opensslVerify(args: string[], at: Date): { ok: boolean; output: string } {
  const attime = String(Math.floor(at.getTime() / 1000));
  try {
    const output = execFileSync('openssl', ['verify', '-x509_strict', '-attime', attime, ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: unknown }).stderr ?? error) };
  }
}

describe.each<KeyAlgorithm>(['rsa2048', 'p384'])('test PKI chain (%s)', (algorithm) => {
  const { pki, citizen, foreigner } = createPkiFixture(algorithm);
  const x509 = (c: TestCertificate): X509Certificate => new X509Certificate(c.der);
  const leaves = [
    { name: 'citizen auth', cert: citizen.authentication, ca: pki.citizenCa },
    { name: 'citizen sign', cert: citizen.signing, ca: pki.citizenCa },
    { name: 'foreigner auth', cert: foreigner.authentication, ca: pki.foreignerCa },
    { name: 'foreigner sign', cert: foreigner.signing, ca: pki.foreignerCa },
  ];

  it('verifies every signature with node:crypto X509Certificate.verify', () => {
    expect(x509(pki.root).verify(pki.root.keyPair.publicKey)).toBe(true);
    for (const child of [pki.citizenCa, pki.foreignerCa, pki.rrn]) {
      expect(x509(child).verify(x509(pki.root).publicKey)).toBe(true);
      expect(x509(child).checkIssued(x509(pki.root))).toBe(true);
    }
    for (const { cert, ca } of leaves) {
      if (cert === undefined) throw new Error('signing certificate missing');
      expect(x509(cert).verify(x509(ca).publicKey)).toBe(true);
      expect(x509(cert).checkIssued(x509(ca))).toBe(true);
      expect(x509(cert).verify(x509(pki.root).publicKey)).toBe(false);
    }
    expect(x509(citizen.authentication).verify(x509(pki.foreignerCa).publicKey)).toBe(false);
  });

  it('passes openssl verify -x509_strict for leaves, the RRN certificate and the root', () => {
    const root = pemFile(`${algorithm}-root`, pki.root);
    const citizenCa = pemFile(`${algorithm}-citizen-ca`, pki.citizenCa);
    const foreignerCa = pemFile(`${algorithm}-foreigner-ca`, pki.foreignerCa);
    for (const { name, cert, ca } of leaves) {
      if (cert === undefined) throw new Error('signing certificate missing');
      const untrusted = ca === pki.citizenCa ? citizenCa : foreignerCa;
      const leaf = pemFile(`${algorithm}-${name.replace(' ', '-')}`, cert);
      const result = opensslVerify(['-CAfile', root, '-untrusted', untrusted, leaf], INSIDE_VALIDITY);
      expect(result, name).toEqual({ ok: true, output: `${leaf}: OK\n` });
    }
    const rrn = pemFile(`${algorithm}-rrn`, pki.rrn);
    expect(opensslVerify(['-CAfile', root, rrn, root], INSIDE_VALIDITY).ok).toBe(true);
  });

  it('fails openssl verify outside the validity period or under the wrong CA', () => {
    const root = pemFile(`${algorithm}-root`, pki.root);
    const foreignerCa = pemFile(`${algorithm}-foreigner-ca`, pki.foreignerCa);
    const citizenCa = pemFile(`${algorithm}-citizen-ca`, pki.citizenCa);
    const leaf = pemFile(`${algorithm}-citizen-auth`, citizen.authentication);
    const expired = new Date(HOLDER_VALIDITY.notAfter.getTime() + 86_400_000);
    expect(opensslVerify(['-CAfile', root, '-untrusted', citizenCa, leaf], expired).ok).toBe(false);
    expect(opensslVerify(['-CAfile', root, '-untrusted', foreignerCa, leaf], INSIDE_VALIDITY).ok).toBe(false);
  });

  it('makes signatures with the leaf keys that verify against the leaf certificates', () => {
    const data = Buffer.from('Registration request for Émilie Müller');
    const digest = algorithm === 'rsa2048' ? 'sha256' : 'sha384';
    for (const { cert } of leaves) {
      if (cert === undefined) throw new Error('signing certificate missing');
      const signature = signWithKey(cert.keyPair, data);
      expect(verify(digest, data, x509(cert).publicKey, signature)).toBe(true);
      expect(verify(digest, data, x509(pki.root).publicKey, signature)).toBe(false);
    }
  });
});
