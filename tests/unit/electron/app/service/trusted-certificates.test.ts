import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { trustedCertificates } from '../../../../../electron/app/service/trusted-certificates.ts';
import { makeTestTls } from './helpers/test-tls.ts';

describe('trustedCertificates', () => {
  const normalised = (list: readonly string[]) => new Set(list.map((pem) => pem.trim()));

  it('is Node’s default list plus the system’s trust store, without duplicates', () => {
    const trusted = trustedCertificates();
    const expected = normalised([...tls.getCACertificates('default'), ...tls.getCACertificates('system')]);
    expect(new Set(trusted)).toEqual(expected);
    expect(trusted).toHaveLength(expected.size);
  });

  it('adds extra CAs given as PEM (several in one text) or DER, once each', () => {
    const first = makeTestTls();
    const second = makeTestTls();
    const trusted = trustedCertificates([`${first.caPem}\n${second.caPem}`, first.caDer]);
    expect(trusted).toContain(first.caPem.trim());
    expect(trusted).toContain(second.caPem.trim());
    expect(trusted).toHaveLength(trustedCertificates().length + 2);
  });

  it('refuses an extra CA that is not a certificate', () => {
    expect(() => trustedCertificates(['not a certificate'])).toThrow();
    expect(() => trustedCertificates([new Uint8Array([0x30, 0x00])])).toThrow();
  });
});
