import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OcspChecker, ocspErrorCode, type OcspConfig } from '../../../../server/verification/index.ts';
import { buildCardImage } from '../../../virtual-card/index.ts';
import type { TestCertificate } from '../../../virtual-card/pki/pki-types.ts';
import { issueHolder, issuingCa } from '../../../unit/server/verification/holder-fixture.ts';
import { extendedKeyUsageExtension, issueExtra } from '../../../unit/common/pki/pki-fixture.ts';
import { startResponder, type LocalResponder } from './ocsp-responder.ts';

/** id-kp-OCSPSigning (RFC 6960 §4.2.2.2). */
const OCSP_SIGNING = '1.3.6.1.5.5.7.3.9';
import { requireOpenssl } from './openssl.ts';

/**
 * The OCSP checker against a real responder: `openssl ocsp` on 127.0.0.1, signing with the
 * test Citizen CA key, for holder certificates whose AIA names that responder.
 */
const image = buildCardImage('citizen-1.8');
const ca = issuingCa(image);
let responder: LocalResponder;
let good: TestCertificate;
let revoked: TestCertificate;
let unlisted: TestCertificate;

function config(change: Partial<OcspConfig> = {}): OcspConfig {
  return {
    enabled: true,
    allowedResponderPrefixes: [responder.url],
    failClosed: true,
    timeoutMs: 5_000,
    ...change,
  };
}

const trustAnchors = [image.pki.root.der];
const check = (checker: OcspChecker, holder: TestCertificate) =>
  checker.check({ certificate: holder.der, issuer: ca.der, trustAnchors, now: new Date() });

beforeAll(async () => {
  await requireOpenssl();
  // The port is only known once the responder runs; the index only needs serial numbers.
  const serials = { good: 'a1a1a1a1a1a1a1a1', revoked: 'b2b2b2b2b2b2b2b2', unlisted: 'c3c3c3c3c3c3c3c3' };
  const draft = (label: string, serialHex: string) =>
    issueHolder(image, { label, serialHex, ocspUrl: 'http://x' });
  responder = await startResponder(ca, [
    { certificate: draft('ocsp-good', serials.good).der, status: 'valid' },
    { certificate: draft('ocsp-revoked', serials.revoked).der, status: 'revoked' },
  ]);
  const issue = (label: string, serialHex: string) =>
    issueHolder(image, { label, serialHex, ocspUrl: `${responder.url}/` });
  good = issue('ocsp-good', serials.good);
  revoked = issue('ocsp-revoked', serials.revoked);
  unlisted = issue('ocsp-unlisted', serials.unlisted);
});
afterAll(async () => {
  await responder?.stop();
});

describe('OcspChecker with openssl ocsp on 127.0.0.1', () => {
  it('good → accepted, with the DER response kept as evidence', async () => {
    const outcome = await check(new OcspChecker(config()), good);
    expect(outcome).toMatchObject({ status: 'good', url: `${responder.url}/` });
    expect(ocspErrorCode(outcome, true)).toBeUndefined();
    expect(outcome.status === 'good' && outcome.response[0]).toBe(0x30);
  });

  it('revoked → certificate-revoked, failing open or closed', async () => {
    const outcome = await check(new OcspChecker(config({ failClosed: false })), revoked);
    expect(outcome.status).toBe('revoked');
    expect(ocspErrorCode(outcome, false)).toBe('certificate-revoked');
    expect(ocspErrorCode(outcome, true)).toBe('certificate-revoked');
  });

  it('unknown to the responder → certificate-revocation-unknown when failing closed, accepted when open', async () => {
    const outcome = await check(new OcspChecker(config()), unlisted);
    expect(outcome.status).toBe('unknown');
    expect(ocspErrorCode(outcome, true)).toBe('certificate-revocation-unknown');
    expect(ocspErrorCode(outcome, false)).toBeUndefined();
  });

  it('also works with a SHA-1 CertID', async () => {
    expect((await check(new OcspChecker(config({ certIdHash: 'SHA-1' })), revoked)).status).toBe('revoked');
  });

  it('a designated responder URL is used instead of the AIA', async () => {
    const holder = issueHolder(image, {
      label: 'ocsp-good',
      serialHex: 'a1a1a1a1a1a1a1a1',
      ocspUrl: 'http://ocsp.eid-pki.test/x',
    });
    const outcome = await check(new OcspChecker(config({ responderUrl: responder.url })), holder);
    expect(outcome.status).toBe('good');
  });

  it('a response older than the allowed age (with the clock moved on) is unavailable', async () => {
    const checker = new OcspChecker(config({ clockSkewMs: 0, maxThisUpdateAgeMs: 60_000 }));
    const later = new Date(Date.now() + 10 * 60_000);
    const outcome = await checker.check({ certificate: good.der, issuer: ca.der, trustAnchors, now: later });
    expect(outcome).toEqual({ status: 'unavailable', reason: 'stale' });
  });

  it('a response signed by a key that may not answer for this CA → unavailable (bad-signature)', async () => {
    const impostor = await startResponder(
      ca,
      [{ certificate: good.der, status: 'valid' }],
      image.pki.foreignerCa,
    );
    try {
      const outcome = await check(
        new OcspChecker(config({ responderUrl: impostor.url, allowedResponderPrefixes: [impostor.url] })),
        good,
      );
      expect(outcome).toEqual({ status: 'unavailable', reason: 'bad-signature' });
      expect(ocspErrorCode(outcome, true)).toBe('certificate-revocation-unknown');
    } finally {
      await impostor.stop();
    }
  });

  it.each([
    ['with id-kp-OCSPSigning is authorised', [OCSP_SIGNING], 'good'],
    ['without id-kp-OCSPSigning is not', [], 'unavailable'],
  ] as const)('a delegated responder issued by the CA %s', async (_label, purposes, status) => {
    const delegate = issueExtra({
      commonName: `OCSP responder ${purposes.length}`,
      keyLabel: `ocsp-responder-${purposes.length}`,
      issuer: ca,
      keyUsage: ['digitalSignature'],
      extensions: purposes.length > 0 ? [extendedKeyUsageExtension(purposes)] : [],
    });
    const delegated = await startResponder(ca, [{ certificate: good.der, status: 'valid' }], delegate);
    try {
      const checker = new OcspChecker(
        config({ responderUrl: delegated.url, allowedResponderPrefixes: [delegated.url] }),
      );
      expect((await check(checker, good)).status).toBe(status);
    } finally {
      await delegated.stop();
    }
  });

  it('disabled → no request, no verdict', async () => {
    const outcome = await check(new OcspChecker(config({ enabled: false })), revoked);
    expect(outcome).toEqual({ status: 'disabled' });
    expect(ocspErrorCode(outcome, true)).toBeUndefined();
  });
});

describe('OcspChecker when the responder cannot be used', () => {
  let server: Server;
  let requests = 0;
  let serverUrl: string;
  beforeAll(async () => {
    server = createServer((_request, _response) => {
      requests++; // never answers: a hanging responder
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('responder down → certificate-revocation-unknown failing closed, accepted failing open', async () => {
    const down = await startResponder(ca, []);
    const url = down.url;
    await down.stop();
    const holder = issueHolder(image, { label: 'ocsp-down', ocspUrl: url });
    const closed = await check(new OcspChecker(config({ allowedResponderPrefixes: [url] })), holder);
    expect(closed).toEqual({ status: 'unavailable', reason: 'network' });
    expect(ocspErrorCode(closed, true)).toBe('certificate-revocation-unknown');
    const open = await check(
      new OcspChecker(config({ allowedResponderPrefixes: [url], failClosed: false })),
      holder,
    );
    expect(ocspErrorCode(open, false)).toBeUndefined();
  });

  it('a responder that does not answer in time → unavailable (timeout)', async () => {
    const holder = issueHolder(image, { label: 'ocsp-hang', ocspUrl: serverUrl });
    const checker = new OcspChecker(config({ allowedResponderPrefixes: [serverUrl], timeoutMs: 300 }));
    const started = Date.now();
    expect(await check(checker, holder)).toEqual({ status: 'unavailable', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('a URL outside the allowed prefixes is never contacted', async () => {
    requests = 0;
    const holder = issueHolder(image, { label: 'ocsp-disallowed', ocspUrl: `${serverUrl}/ocsp` });
    const prefixes = ['http://ocsp.eid.belgium.be', `${serverUrl.slice(0, -1)}`];
    const outcome = await check(new OcspChecker(config({ allowedResponderPrefixes: prefixes })), holder);
    expect(outcome).toEqual({ status: 'unavailable', reason: 'url-not-allowed' });
    expect(ocspErrorCode(outcome, true)).toBe('certificate-revocation-unknown');
    expect(ocspErrorCode(outcome, false)).toBeUndefined();
    expect(requests).toBe(0);
  });

  it('the virtual cards (AIA under eid-pki.test) are not contacted with the Belgian allowlist', async () => {
    const checker = new OcspChecker(config({ allowedResponderPrefixes: ['http://ocsp.eid.belgium.be'] }));
    const certificate = image.certificates.authentication.der;
    const outcome = await checker.check({ certificate, issuer: ca.der, trustAnchors, now: new Date() });
    expect(outcome).toEqual({ status: 'unavailable', reason: 'url-not-allowed' });
  });
});
