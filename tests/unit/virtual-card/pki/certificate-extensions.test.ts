import { describe, expect, it } from 'vitest';
import type { Extension } from 'pkijs';
import {
  authorityInfoAccessExtension,
  authorityKeyIdentifierExtension,
  basicConstraintsExtension,
  certificatePoliciesExtension,
  crlDistributionPointsExtension,
  keyUsageExtension,
  qcComplianceExtension,
} from '../../../virtual-card/pki/certificate-extensions.ts';

/** The whole `Extension ::= SEQUENCE { extnID, critical, extnValue }` as hex. */
const der = (extension: Extension): string => Buffer.from(extension.toSchema().toBER()).toString('hex');
const ascii = (text: string): string => Buffer.from(text, 'ascii').toString('hex');
const compact = (hex: string): string => hex.replace(/\s+/gu, '');

// Expected bytes are hand-assembled from RFC 5280 / X.690, not produced by the code under test.
describe('certificate extensions (golden DER)', () => {
  it('encodes basicConstraints as critical, with cA and pathLenConstraint only for CAs', () => {
    expect(der(basicConstraintsExtension(true, 1))).toBe(
      compact('3012 0603551d13 0101ff 0408 3006 0101ff 020101'),
    );
    expect(der(basicConstraintsExtension(true, 0))).toBe(
      compact('3012 0603551d13 0101ff 0408 3006 0101ff 020100'),
    );
    expect(der(basicConstraintsExtension(false))).toBe(compact('300c 0603551d13 0101ff 0402 3000'));
  });

  it.each([
    [['digitalSignature'] as const, '03020780'],
    [['nonRepudiation'] as const, '03020640'],
    [['digitalSignature', 'nonRepudiation'] as const, '030206c0'],
    [['keyCertSign', 'cRLSign'] as const, '03020106'],
  ])('encodes keyUsage %j as a critical minimal BIT STRING', (usages, bitString) => {
    expect(der(keyUsageExtension(usages))).toBe(compact(`300e 0603551d0f 0101ff 0404 ${bitString}`));
  });

  it('encodes certificatePolicies without qualifiers', () => {
    expect(der(certificatePoliciesExtension(['2.16.56.12.1.1.2.2']))).toBe(
      compact('3014 0603551d20 040d 300b 3009 0607 60380c01010202'),
    );
    expect(der(certificatePoliciesExtension(['2.5.29.32.0']))).toBe(
      compact('3011 0603551d20 040a 3008 3006 0604 551d2000'),
    );
  });

  it('encodes qcStatements with QcCompliance (0.4.0.1862.1.1)', () => {
    expect(der(qcComplianceExtension())).toBe(
      compact('3018 06082b06010505070103 040c 300a 3008 0606 04008e460101'),
    );
  });

  it('encodes authorityKeyIdentifier as [0] keyIdentifier', () => {
    expect(der(authorityKeyIdentifierExtension(Uint8Array.of(1, 2, 3)))).toBe(
      compact('300e 0603551d23 0407 3005 8003 010203'),
    );
  });

  it('encodes cRLDistributionPoints as distributionPoint [0] { fullName [0] { URI } }', () => {
    const url = 'http://a.test/x.crl'; // 19 bytes
    expect(der(crlDistributionPointsExtension(url))).toBe(
      compact(`3024 0603551d1f 041d 301b 3019 a017 a015 8613 ${ascii(url)}`),
    );
  });

  it('encodes authorityInfoAccess with OCSP then caIssuers', () => {
    const ocsp = 'http://o.test'; // 13 bytes
    const ca = 'http://c.test/ca.crt'; // 20 bytes
    expect(der(authorityInfoAccessExtension(ocsp, ca))).toBe(
      compact(
        `304b 06082b06010505070101 043f 303d` +
          `3019 06082b06010505073001 860d ${ascii(ocsp)}` +
          `3020 06082b06010505073002 8614 ${ascii(ca)}`,
      ),
    );
  });
});
