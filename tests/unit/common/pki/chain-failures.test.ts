import { describe, expect, it } from 'vitest';
import { verifyCertificateChain, type ChainInput } from '../../../../common/pki/verify-certificate-chain.ts';
import { buildCardImage } from '../../../virtual-card/index.ts';
import { extendedKeyUsageExtension, flipByte, issueExtra, unknownCriticalExtension } from './pki-fixture.ts';

const image = buildCardImage('citizen-1.8');
const { root, citizenCa, foreignerCa } = image.pki;
const auth = image.certificates.authentication;
const signing = image.certificates.signing!;
const NOW = new Date('2026-06-15T12:00:00Z');

/** The card's authentication chain at NOW, with overrides. */
function chain(overrides: Partial<ChainInput> = {}): ChainInput {
  return { leaf: auth.der, intermediates: [citizenCa.der], trustAnchors: [root.der], now: NOW, ...overrides };
}

describe('verifyCertificateChain: dates', () => {
  it('names the expired leaf', async () => {
    const result = await verifyCertificateChain(chain({ now: new Date('2034-03-02T00:00:00Z') }));

    expect(result).toMatchObject({ ok: false, reason: 'expired', at: { role: 'leaf', index: 0 } });
  });

  it('names the intermediate that is not yet valid, checking from the anchor down', async () => {
    const result = await verifyCertificateChain(chain({ now: new Date('2023-06-01T00:00:00Z') }));

    expect(result).toMatchObject({
      ok: false,
      reason: 'not-yet-valid',
      at: { role: 'intermediate', index: 0 },
    });
    expect(!result.ok && result.certificate?.subject.commonName).toBe('Citizen CA TEST');
  });

  it('checks the trust anchor dates too', async () => {
    const result = await verifyCertificateChain(chain({ now: new Date('2046-01-01T00:00:00Z') }));

    expect(result).toMatchObject({ ok: false, reason: 'expired', at: { role: 'trust-anchor', index: 0 } });
  });
});

describe('verifyCertificateChain: signatures and issuers', () => {
  it('rejects a leaf whose signature value was changed', async () => {
    const result = await verifyCertificateChain(chain({ leaf: flipByte(auth.der, -1) }));

    expect(result).toMatchObject({ ok: false, reason: 'bad-signature', at: { role: 'leaf' } });
  });

  it('rejects a leaf whose TBS was changed (serial number byte)', async () => {
    const result = await verifyCertificateChain(chain({ leaf: flipByte(auth.der, 16) }));

    expect(result).toMatchObject({ ok: false, reason: 'bad-signature', at: { role: 'leaf' } });
  });

  it('rejects a certificate naming the Citizen CA but signed by another key', async () => {
    const forged = issueExtra({
      commonName: 'Forged',
      keyLabel: 'forged',
      issuer: citizenCa,
      signingKeyOf: root,
    });

    const result = await verifyCertificateChain(chain({ leaf: forged.der }));

    expect(result).toMatchObject({ ok: false, reason: 'bad-signature', at: { role: 'leaf' } });
  });

  it('rejects a leaf whose issuer is missing', async () => {
    const result = await verifyCertificateChain(chain({ intermediates: [foreignerCa.der] }));

    expect(result).toMatchObject({ ok: false, reason: 'untrusted-root', at: { role: 'leaf' } });
    expect(!result.ok && result.message).toBe('leaf: no issuer');
  });

  it('rejects a chain with no trust anchor', async () => {
    const result = await verifyCertificateChain(chain({ trustAnchors: [] }));

    expect(result).toMatchObject({
      ok: false,
      reason: 'untrusted-root',
      at: { role: 'intermediate', index: 0 },
    });
  });

  it('rejects an RSA chain under the EC test root of the same seed', async () => {
    const rsa = buildCardImage('citizen-1.7');

    const result = await verifyCertificateChain(
      chain({ leaf: rsa.certificates.authentication.der, intermediates: [rsa.pki.citizenCa.der] }),
    );

    expect(result).toMatchObject({ ok: false, reason: 'untrusted-root' });
  });

  it('accepts a trust anchor given as the leaf, and ignores unrelated intermediates', async () => {
    const self = await verifyCertificateChain(chain({ leaf: root.der }));
    const extra = await verifyCertificateChain(
      chain({ intermediates: [foreignerCa.der, root.der, citizenCa.der] }),
    );

    expect(self).toMatchObject({ ok: true, trustAnchorIndex: 0 });
    expect(extra.ok && extra.path.length).toBe(3);
  });
});

describe('verifyCertificateChain: CA constraints and extensions', () => {
  it('rejects an issuer that is not a CA (a leaf signed by the authentication key)', async () => {
    const leaf = issueExtra({ commonName: 'Under auth', keyLabel: 'under-auth', issuer: auth });

    const result = await verifyCertificateChain(
      chain({ leaf: leaf.der, intermediates: [auth.der, citizenCa.der] }),
    );

    expect(result).toMatchObject({ ok: false, reason: 'not-a-ca', at: { role: 'intermediate', index: 0 } });
  });

  it('rejects a CA whose keyUsage lacks keyCertSign', async () => {
    const ca = issueExtra({
      commonName: 'No keyCertSign CA',
      keyLabel: 'ca-no-kcs',
      issuer: root,
      ca: {},
      keyUsage: ['cRLSign'],
    });
    const leaf = issueExtra({ commonName: 'Under no-kcs', keyLabel: 'leaf-no-kcs', issuer: ca });

    const result = await verifyCertificateChain(chain({ leaf: leaf.der, intermediates: [ca.der] }));

    expect(result).toMatchObject({ ok: false, reason: 'not-a-ca', at: { role: 'intermediate', index: 0 } });
  });

  it('enforces pathLenConstraint 0 of the Citizen CA', async () => {
    const subCa = issueExtra({ commonName: 'Sub CA', keyLabel: 'sub-ca', issuer: citizenCa, ca: {} });
    const leaf = issueExtra({ commonName: 'Under sub CA', keyLabel: 'leaf-sub-ca', issuer: subCa });

    const result = await verifyCertificateChain(
      chain({ leaf: leaf.der, intermediates: [subCa.der, citizenCa.der] }),
    );

    expect(result).toMatchObject({
      ok: false,
      reason: 'path-too-long',
      at: { role: 'intermediate', index: 1 },
    });
  });

  it('rejects an unknown critical extension', async () => {
    const leaf = issueExtra({
      commonName: 'Critical',
      keyLabel: 'critical',
      issuer: citizenCa,
      extensions: [unknownCriticalExtension()],
    });

    const result = await verifyCertificateChain(chain({ leaf: leaf.der }));

    expect(result).toMatchObject({
      ok: false,
      reason: 'unsupported-critical-extension',
      at: { role: 'leaf' },
    });
  });
});

describe('verifyCertificateChain: key usage for the purpose (pki-and-signing.md §2.2)', () => {
  it.each([
    ['the signing certificate for authentication', signing.der, 'authentication'],
    ['the authentication certificate for signing', auth.der, 'signing'],
  ] as const)('rejects %s', async (_name, leaf, purpose) => {
    const result = await verifyCertificateChain(chain({ leaf, purpose }));

    expect(result).toMatchObject({ ok: false, reason: 'wrong-key-usage', at: { role: 'leaf' } });
  });

  it('rejects an authentication certificate whose extKeyUsage lacks clientAuth', async () => {
    const leaf = issueExtra({
      commonName: 'Email only',
      keyLabel: 'email-only',
      issuer: citizenCa,
      extensions: [extendedKeyUsageExtension(['1.3.6.1.5.5.7.3.4'])],
    });

    expect(await verifyCertificateChain(chain({ leaf: leaf.der }))).toMatchObject({ ok: true });
    expect(await verifyCertificateChain(chain({ leaf: leaf.der, purpose: 'authentication' }))).toMatchObject({
      ok: false,
      reason: 'wrong-key-usage',
    });
  });

  it('rejects an RRN certificate without digitalSignature', async () => {
    const rrn = issueExtra({
      commonName: 'RRN no DS',
      keyLabel: 'rrn-no-ds',
      issuer: root,
      keyUsage: ['nonRepudiation'],
    });

    const result = await verifyCertificateChain(chain({ leaf: rrn.der, intermediates: [], purpose: 'rrn' }));

    expect(result).toMatchObject({ ok: false, reason: 'wrong-key-usage' });
  });
});

describe('verifyCertificateChain: malformed input is a result, not a throw', () => {
  const garbage = Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x05);

  it.each([
    ['leaf', chain({ leaf: garbage }), { role: 'leaf', index: 0 }],
    ['intermediate', chain({ intermediates: [citizenCa.der, garbage] }), { role: 'intermediate', index: 1 }],
    ['trust anchor', chain({ trustAnchors: [garbage] }), { role: 'trust-anchor', index: 0 }],
  ])('names a malformed %s', async (_name, input, at) => {
    const result = await verifyCertificateChain(input);

    expect(result).toMatchObject({ ok: false, reason: 'malformed', at, certificate: undefined });
  });
});
