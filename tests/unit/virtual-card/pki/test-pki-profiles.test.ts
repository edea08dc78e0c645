import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { KeyAlgorithm, TestCertificate } from '../../../virtual-card/pki/test-pki.ts';
import { CITIZEN, FOREIGNER, HOLDER_VALIDITY, createPkiFixture } from './pki-fixture.ts';
import { inspectCertificate } from './inspect-certificate.ts';
import {
  C,
  CN,
  EXPECTED,
  GN,
  KU_AUTH,
  KU_CA,
  KU_RRN,
  KU_SIGN,
  O,
  SERIAL,
  SN,
  printable,
  utf8,
} from './expected-profiles.ts';

describe.each<KeyAlgorithm>(['rsa2048', 'p384'])('test PKI profiles (%s)', (algorithm) => {
  const { pki, citizen, foreigner } = createPkiFixture(algorithm);
  const expected = EXPECTED[algorithm];
  const signingOf = (holder: { signing?: TestCertificate }): TestCertificate => {
    if (holder.signing === undefined) throw new Error('signing certificate missing');
    return holder.signing;
  };

  it('has a self-signed root: CA pathlen 1, keyCertSign + cRLSign, fixed dates', () => {
    const root = inspectCertificate(pki.root.der);
    expect(root.subject).toEqual([printable(C, 'BE'), utf8(CN, expected.rootName)]);
    expect(root.issuer).toEqual(root.subject);
    expect(root.basicConstraints).toEqual({ ca: true, pathLength: 1 });
    expect(root.keyUsageHex).toBe(KU_CA);
    expect(root.critical.get('2.5.29.19')).toBe(true);
    expect(root.critical.get('2.5.29.15')).toBe(true);
    expect(root.signatureAlgorithm).toBe(expected.signature);
    expect([root.notBefore.toISOString(), root.notAfter.toISOString()]).toEqual([
      '2020-01-01T00:00:00.000Z',
      '2045-01-01T00:00:00.000Z',
    ]);
    expect(pki.root.subjectCommonName).toBe(expected.rootName);
  });

  it('has Citizen and Foreigner CAs under the root with pathlen 0 and the generation policy', () => {
    for (const [ca, cn, series, policy] of [
      [pki.citizenCa, 'Citizen CA TEST', '202401', expected.citizenCa],
      [pki.foreignerCa, 'Foreigner CA TEST', '202402', expected.foreignerCa],
    ] as const) {
      const info = inspectCertificate(ca.der);
      expect(info.subject).toEqual([printable(C, 'BE'), printable(SERIAL, series), utf8(CN, cn)]);
      expect(info.issuer).toEqual(inspectCertificate(pki.root.der).subject);
      expect(info.basicConstraints).toEqual({ ca: true, pathLength: 0 });
      expect(info.keyUsageHex).toBe(KU_CA);
      expect(info.policies).toEqual([policy]);
      expect(ca.subjectCommonName).toBe(cn);
    }
  });

  it('has an RRN certificate issued by the root: CA:FALSE, digitalSignature + nonRepudiation', () => {
    const rrn = inspectCertificate(pki.rrn.der);
    expect(rrn.subject).toEqual([printable(C, 'BE'), utf8(O, 'RRN'), utf8(CN, 'RRN TEST')]);
    expect(rrn.issuer).toEqual(inspectCertificate(pki.root.der).subject);
    expect(rrn.basicConstraints).toEqual({ ca: false, pathLength: undefined });
    expect(rrn.keyUsageHex).toBe(KU_RRN);
    expect(rrn.critical.get('2.5.29.15')).toBe(true);
    expect(rrn.policies).toEqual([expected.rrn]);
  });

  it.each([
    ['citizen', 'authentication'],
    ['citizen', 'signing'],
    ['foreigner', 'authentication'],
    ['foreigner', 'signing'],
  ] as const)('issues the %s %s certificate per the Belgian leaf profile', (who, role) => {
    const holder = who === 'citizen' ? CITIZEN : FOREIGNER;
    const certs = who === 'citizen' ? citizen : foreigner;
    const cert = role === 'authentication' ? certs.authentication : signingOf(certs);
    const ca = who === 'citizen' ? pki.citizenCa : pki.foreignerCa;
    const info = inspectCertificate(cert.der);
    const first = who === 'citizen' ? 'Émilie' : 'Ana-Lucía';
    const cn = `${first} ${holder.surname} (${role === 'authentication' ? 'Authentication' : 'Signature'})`;

    expect(info.subject).toEqual([
      printable(C, 'BE'),
      utf8(CN, cn),
      utf8(SN, holder.surname),
      utf8(GN, holder.givenNames),
      printable(SERIAL, holder.nationalNumber),
    ]);
    expect(cert.subjectCommonName).toBe(cn);
    expect(info.issuer).toEqual(inspectCertificate(ca.der).subject);
    expect(info.keyUsageHex).toBe(role === 'authentication' ? KU_AUTH : KU_SIGN);
    expect(info.critical.get('2.5.29.15')).toBe(true);
    expect(info.critical.has('2.5.29.37')).toBe(false); // no extendedKeyUsage
    expect(new X509Certificate(cert.der).keyUsage).toBeUndefined();
    const policyKey = `${who}${role === 'authentication' ? 'Auth' : 'Sign'}` as const;
    expect(info.policies).toEqual([expected.leaf[policyKey]]);
    expect(info.qcStatements).toEqual(role === 'signing' ? ['0.4.0.1862.1.1'] : []);
    expect(info.ocsp).toHaveLength(1);
    expect(info.caIssuers).toHaveLength(1);
    expect(info.crl).toHaveLength(1);
    for (const url of [...info.ocsp, ...info.caIssuers, ...info.crl])
      expect(new URL(url).hostname).toMatch(/\.test$/u);
    expect([info.notBefore, info.notAfter]).toEqual([HOLDER_VALIDITY.notBefore, HOLDER_VALIDITY.notAfter]);
    expect(info.signatureAlgorithm).toBe(expected.signature);
  });

  it('uses the right key types and sizes, with distinct positive 16-byte serial numbers', () => {
    const all = [
      pki.root,
      pki.citizenCa,
      pki.foreignerCa,
      pki.rrn,
      citizen.authentication,
      signingOf(citizen),
      foreigner.authentication,
      signingOf(foreigner),
    ];
    for (const cert of all) {
      const key = new X509Certificate(cert.der).publicKey;
      if (algorithm === 'rsa2048') {
        expect(key.asymmetricKeyType).toBe('rsa');
        expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048);
        expect(key.asymmetricKeyDetails?.publicExponent).toBe(65537n);
      } else {
        expect(key.asymmetricKeyType).toBe('ec');
        expect(key.asymmetricKeyDetails?.namedCurve).toBe('secp384r1');
      }
      expect(cert.keyPair.algorithm).toBe(algorithm);
      expect(key.equals(cert.keyPair.publicKey)).toBe(true);
    }
    const serials = all.map((c) => inspectCertificate(c.der).serialNumberHex);
    expect(new Set(serials).size).toBe(all.length);
    for (const serial of serials) expect(serial).toMatch(/^[1-7][0-9a-f]{31}$/u);
  });
});
