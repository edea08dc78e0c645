import * as asn1js from 'asn1js';
import { Extension } from 'pkijs';
import { describe, expect, it } from 'vitest';
import { parseCertificate } from '../../../../common/pki/certificate.ts';
import { CertificateStore } from '../../../../server/verification/certificate-store.ts';
import { extensionOids, QC_STATEMENTS_OID } from '../../../../server/verification/certificate-extensions.ts';
import { holderProfileProblem } from '../../../../server/verification/holder-profile.ts';
import { checkLeafLink } from '../../../../server/verification/leaf-link.ts';
import { isWebEidTokenShape } from '../../../../server/verification/token-shape.ts';
import { buildCardImage } from '../../../virtual-card/index.ts';
import { issueExtra } from '../../common/pki/pki-fixture.ts';
import { issueHolder, issuingCa } from './holder-fixture.ts';

const image = buildCardImage('citizen-1.8');
const NOW = new Date('2025-06-15T10:00:00Z');
const options = { checkPolicies: true };

describe('holderProfileProblem (pki-and-signing.md §2.2)', () => {
  it('accepts the virtual card certificates for their purpose', async () => {
    const auth = await parseCertificate(image.certificates.authentication.der);
    const sign = await parseCertificate(image.certificates.signing!.der);
    expect(holderProfileProblem(auth, 'authentication', options)).toBeUndefined();
    expect(holderProfileProblem(sign, 'signing', options)).toBeUndefined();
    expect(holderProfileProblem(auth, 'signing', options)).toBe('certificate-wrong-key-usage');
  });

  it('requires qcStatements on a signing certificate', async () => {
    const base = { label: 'sign', keyUsage: ['nonRepudiation'], policy: 'citizenSigning' } as const;
    const withQc = await parseCertificate(issueHolder(image, { ...base, qcStatements: true }).der);
    const withoutQc = await parseCertificate(issueHolder(image, base).der);
    expect(holderProfileProblem(withQc, 'signing', options)).toBeUndefined();
    expect(holderProfileProblem(withoutQc, 'signing', options)).toBe('certificate-wrong-key-usage');
  });

  it('lists every extension OID of the TBS', async () => {
    const signing = await parseCertificate(image.certificates.signing!.der);
    const oids = extensionOids(signing.raw.tbs);
    expect(oids).toContain(QC_STATEMENTS_OID);
    expect(oids).toContain('2.5.29.15');
    expect(oids).toHaveLength(new Set(oids).size);
    expect(() => extensionOids(Uint8Array.of(0x30, 0x05))).toThrow();
  });
});

describe('checkLeafLink: the same rules as verifyCertificateChain for the holder → CA link', () => {
  const store = new CertificateStore();
  const ca = issuingCa(image);

  it('refuses an unknown critical extension, a non-CA issuer and a foreign issuer', async () => {
    const critical = new Extension({
      extnID: '1.2.3.4.5',
      critical: true,
      extnValue: new asn1js.Null().toBER(),
    });
    const leaf = issueExtra({
      commonName: 'critical',
      keyLabel: 'critical',
      issuer: ca,
      extensions: [critical],
    });
    const issuer = await store.get(ca.der);
    expect(await checkLeafLink(await store.get(leaf.der), issuer, 'authentication', NOW)).toBe(
      'certificate-untrusted',
    );
    const plain = issueExtra({ commonName: 'plain', keyLabel: 'plain', issuer: ca });
    expect(await checkLeafLink(await store.get(plain.der), issuer, 'authentication', NOW)).toBeUndefined();
    const notCa = issueExtra({ commonName: 'under leaf', keyLabel: 'under-leaf', issuer: plain });
    expect(
      await checkLeafLink(await store.get(notCa.der), await store.get(plain.der), 'authentication', NOW),
    ).toBe('certificate-untrusted');
    const other = await store.get(image.pki.foreignerCa.der);
    expect(await checkLeafLink(await store.get(plain.der), other, 'authentication', NOW)).toBe(
      'certificate-untrusted',
    );
  });

  it('reports dates and key usage with their own codes', async () => {
    const leaf = await store.get(image.certificates.authentication.der);
    const issuer = await store.get(ca.der);
    expect(await checkLeafLink(leaf, issuer, 'authentication', new Date('2035-01-01T00:00:00Z'))).toBe(
      'certificate-expired',
    );
    expect(await checkLeafLink(leaf, issuer, 'authentication', new Date('2024-02-01T00:00:00Z'))).toBe(
      'certificate-not-yet-valid',
    );
    expect(await checkLeafLink(leaf, issuer, 'signing', NOW)).toBe('certificate-wrong-key-usage');
  });
});

describe('CertificateStore', () => {
  it('parses once per DER and keys by SHA-256, evicting the least recently used', async () => {
    const store = new CertificateStore(2);
    const a = await store.get(image.pki.root.der);
    expect(await store.get(image.pki.root.der)).toBe(a);
    await store.get(image.pki.citizenCa.der);
    await store.get(image.pki.root.der);
    await store.get(image.pki.rrn.der);
    expect(await store.get(image.pki.root.der)).toBe(a);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(store.get(Uint8Array.of(0x30, 0x00))).rejects.toThrow();
  });
});

describe('isWebEidTokenShape', () => {
  const token = { unverifiedCertificate: 'a', algorithm: 'ES384', signature: 'b', format: 'web-eid:1.0' };
  it('accepts the four strings, an optional appVersion and unknown members', () => {
    expect(isWebEidTokenShape(token)).toBe(true);
    expect(isWebEidTokenShape({ ...token, appVersion: 'x', extra: 1 })).toBe(true);
  });
  it('refuses missing, empty, non-string or oversized fields', () => {
    expect(isWebEidTokenShape({ ...token, signature: '' })).toBe(false);
    expect(isWebEidTokenShape({ ...token, appVersion: 1 })).toBe(false);
    expect(isWebEidTokenShape({ ...token, unverifiedCertificate: 'A'.repeat(10_001) })).toBe(false);
    expect(isWebEidTokenShape('token')).toBe(false);
  });
});
