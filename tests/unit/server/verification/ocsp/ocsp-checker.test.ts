import { describe, expect, it } from 'vitest';
import * as asn1js from 'asn1js';
import { OCSPRequest } from 'pkijs';
import {
  isAllowedResponderUrl,
  MAX_OCSP_RESPONSE_BYTES,
  OcspChecker,
  ocspErrorCode,
  type FetchFunction,
  type OcspConfig,
} from '../../../../../server/verification/ocsp/index.ts';
import { buildCardImage } from '../../../../virtual-card/index.ts';
import { issueHolder, issuingCa } from '../holder-fixture.ts';
import { ocspResponse, type ResponseSpec } from './ocsp-response-fixture.ts';

const image = buildCardImage('citizen-1.8');
const ca = issuingCa(image);
const URL_OK = 'http://ocsp.eid-pki.test/p384';
const holder = issueHolder(image, { label: 'ocsp-unit', ocspUrl: URL_OK });
const NOW = new Date();

const config = (change: Partial<OcspConfig> = {}): OcspConfig => ({
  enabled: true,
  allowedResponderPrefixes: ['http://ocsp.eid-pki.test'],
  failClosed: true,
  timeoutMs: 1_000,
  ...change,
});

/** A fetch that answers with `respond(requestDer)` and records the URLs it was asked for. */
function fakeFetch(respond: (request: Uint8Array) => Promise<Uint8Array | Response>) {
  const urls: string[] = [];
  const fetch: FetchFunction = async (input, init) => {
    urls.push(String(input));
    const body = await respond(new Uint8Array(init!.body as Uint8Array));
    return body instanceof Response ? body : new Response(new Uint8Array(body), { status: 200 });
  };
  return { fetch, urls };
}

/** The nonce extension value of an OCSP request (to echo it). */
function nonceOf(request: Uint8Array): Uint8Array {
  const parsed = OCSPRequest.fromBER(new Uint8Array(request));
  return new Uint8Array(parsed.tbsRequest.requestExtensions![0]!.extnValue.valueBlock.valueHexView);
}

const respondWith = (spec: Partial<ResponseSpec>, echo = true) =>
  fakeFetch(async (request) =>
    ocspResponse({
      certificate: holder.der,
      issuer: ca,
      ...(echo ? { nonceValue: nonceOf(request) } : {}),
      ...spec,
    }),
  );

const check = (fetch: FetchFunction, change: Partial<OcspConfig> = {}, now = NOW) =>
  new OcspChecker(config(change), { fetch }).check({
    certificate: holder.der,
    issuer: ca.der,
    trustAnchors: [image.pki.root.der],
    now,
  });

describe('OcspChecker with a fake responder', () => {
  it.each(['good', 'revoked', 'unknown'] as const)('reads the status %s', async (status) => {
    const { fetch, urls } = respondWith({ status });
    expect(await check(fetch)).toMatchObject({ status, url: URL_OK });
    expect(urls).toEqual([URL_OK]);
  });

  it('accepts a response without a nonce (responders may not echo it)', async () => {
    expect((await check(respondWith({}, false).fetch)).status).toBe('good');
  });

  it.each<[string, Partial<ResponseSpec>, string]>([
    [
      'another nonce',
      { nonceValue: new Uint8Array(new asn1js.OctetString({ valueHex: new Uint8Array(32) }).toBER()) },
      'nonce-mismatch',
    ],
    [
      'thisUpdate older than 2 minutes + 15 minutes skew',
      { thisUpdate: new Date(NOW.getTime() - 18 * 60_000) },
      'stale',
    ],
    ['thisUpdate far in the future', { thisUpdate: new Date(NOW.getTime() + 16 * 60_000) }, 'stale'],
    [
      'nextUpdate in the past',
      {
        nextUpdate: new Date(NOW.getTime() - 16 * 60_000),
        thisUpdate: new Date(NOW.getTime() - 17 * 60_000),
      },
      'stale',
    ],
    [
      'a status for another certificate',
      { certificate: image.certificates.authentication.der },
      'not-for-certificate',
    ],
    ['a responder that is not the CA', { signer: image.pki.foreignerCa }, 'bad-signature'],
    ['responseStatus unauthorized (6)', { responseStatus: 6 }, 'responder-error'],
  ])('is unavailable on %s', async (_label, spec, reason) => {
    const { fetch } = spec.nonceValue
      ? fakeFetch(() => ocspResponse({ certificate: holder.der, issuer: ca, ...spec }))
      : respondWith(spec);
    expect(await check(fetch)).toEqual({ status: 'unavailable', reason });
  });

  it('is unavailable on garbage, HTTP errors, redirects and oversized bodies', async () => {
    expect(await check(fakeFetch(async () => Uint8Array.of(1, 2, 3)).fetch)).toEqual({
      status: 'unavailable',
      reason: 'malformed',
    });
    expect(await check(fakeFetch(async () => new Response('no', { status: 500 })).fetch)).toMatchObject({
      reason: 'http-status',
    });
    const redirect = new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/' } });
    expect(await check(fakeFetch(async () => redirect).fetch)).toMatchObject({ reason: 'http-status' });
    const big = new Uint8Array(MAX_OCSP_RESPONSE_BYTES + 1);
    expect(await check(fakeFetch(async () => big).fetch)).toMatchObject({ reason: 'too-large' });
  });

  it('never calls a URL outside the allowlist, nor a certificate without AIA', async () => {
    const { fetch, urls } = respondWith({});
    expect(await check(fetch, { allowedResponderPrefixes: ['http://ocsp.eid.belgium.be'] })).toEqual({
      status: 'unavailable',
      reason: 'url-not-allowed',
    });
    const noAia = issueHolder(image, { label: 'ocsp-no-aia' });
    const checker = new OcspChecker(config(), { fetch });
    const outcome = await checker.check({
      certificate: noAia.der,
      issuer: ca.der,
      trustAnchors: [],
      now: NOW,
    });
    expect(outcome).toEqual({ status: 'unavailable', reason: 'no-url' });
    expect(urls).toEqual([]);
  });

  it('sends a SHA-256 CertID with a 32-byte nonce, as application/ocsp-request', async () => {
    let seen: { type: string | null; request: OCSPRequest } | undefined;
    const fetch: FetchFunction = async (_url, init) => {
      const request = OCSPRequest.fromBER(new Uint8Array(init!.body as Uint8Array));
      seen = { type: new Headers(init!.headers).get('content-type'), request };
      return new Response(Uint8Array.of(0), { status: 200 });
    };
    await check(fetch);
    const certID = seen!.request.tbsRequest.requestList[0]!.reqCert;
    expect(seen!.type).toBe('application/ocsp-request');
    expect(certID.hashAlgorithm.algorithmId).toBe('2.16.840.1.101.3.4.2.1');
    const nonce = seen!.request.tbsRequest.requestExtensions![0]!;
    expect(nonce.extnID).toBe('1.3.6.1.5.5.7.48.1.2');
    expect(nonce.extnValue.valueBlock.valueHexView).toHaveLength(34);
  });
});

describe('ocspErrorCode and isAllowedResponderUrl', () => {
  it('maps outcomes to codes, failing closed or open', () => {
    const response = { url: 'u', response: new Uint8Array() };
    expect(ocspErrorCode({ status: 'good', ...response }, true)).toBeUndefined();
    expect(ocspErrorCode({ status: 'revoked', ...response }, false)).toBe('certificate-revoked');
    expect(ocspErrorCode({ status: 'unknown', ...response }, true)).toBe('certificate-revocation-unknown');
    expect(ocspErrorCode({ status: 'unknown', ...response }, false)).toBeUndefined();
    expect(ocspErrorCode({ status: 'unavailable', reason: 'timeout' }, true)).toBe(
      'certificate-revocation-unknown',
    );
    expect(ocspErrorCode({ status: 'disabled' }, true)).toBeUndefined();
  });

  it.each([
    ['http://ocsp.eid.belgium.be', true],
    ['http://ocsp.eid.belgium.be/', true],
    ['http://ocsp.eid.belgium.be/eid/brca6?x', true],
    ['http://ocsp.eid.belgium.be.evil.example/', false],
    ['http://ocsp.eid.belgium.bee', false],
    ['http://ocsp.eid.belgium.be:8080/', false],
    ['https://ocsp.eid.belgium.be/', false],
    ['ftp://ocsp.eid.belgium.be/', false],
    ['http://ocsp.eidpki.belgium.be/eid/brca6', true],
  ])('%s allowed: %s', (url, allowed) => {
    expect(isAllowedResponderUrl(url, ['http://ocsp.eid.belgium.be', 'http://ocsp.eidpki.belgium.be'])).toBe(
      allowed,
    );
  });
});
