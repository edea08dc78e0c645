import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifier, OcspChecker, type OcspConfig } from '../../../../server/verification/index.ts';
import { makeRegistration, type Registration } from '../../../support/registration-fixture.ts';
import { issuingCa } from '../../../unit/server/verification/holder-fixture.ts';
import { testRoots } from '../../../unit/server/verification/verification-fixture.ts';
import { startResponder, type LocalResponder } from './ocsp-responder.ts';
import { requireOpenssl } from './openssl.ts';

/**
 * The verifier with OCSP against `openssl ocsp` (designated responder: the virtual cards' AIA
 * points at the unresolvable eid-pki.test): the authentication certificate of citizen-1.8 is
 * revoked, its signing certificate is good; for citizen-1.7 it is the other way round.
 */
const ORIGIN = 'https://register.example.be';
const NONCE = 'bm9uY2Ut' + 'A'.repeat(36);
let made18: Registration;
let made17: Registration;
let responder18: LocalResponder;
let responder17: LocalResponder;

const registrationOf = (id: string) =>
  makeRegistration(id, {
    origin: ORIGIN,
    nonce: NONCE,
    sessionId: 'session-1',
    enrolmentId: 'enrolment-1',
    contact: { email: 'holder@example.be' },
    photo: true,
    now: new Date(),
  });

function verifierWith(url: string, change: Partial<OcspConfig> = {}) {
  const config: OcspConfig = {
    enabled: true,
    allowedResponderPrefixes: [url],
    responderUrl: url,
    failClosed: true,
    timeoutMs: 5_000,
    ...change,
  };
  return createVerifier({ trustAnchors: testRoots(), ocsp: new OcspChecker(config) });
}

const authenticate = (url: string, made: Registration, change: Partial<OcspConfig> = {}) =>
  verifierWith(url, change).authenticate({
    token: made.token,
    caCertificate: made.caCertificate,
    origin: ORIGIN,
    nonce: NONCE,
    now: new Date(),
  });

const submit = (url: string, made: Registration) =>
  verifierWith(url).verifySubmission({
    ...made.submission,
    session: { id: 'session-1', enrolmentId: 'enrolment-1', nationalNumber: made.nationalNumber },
    now: new Date(),
  });

beforeAll(async () => {
  await requireOpenssl();
  [made18, made17] = await Promise.all([registrationOf('citizen-1.8'), registrationOf('citizen-1.7')]);
  const certificates = (made: Registration) => made.image.certificates;
  responder18 = await startResponder(issuingCa(made18.image), [
    { certificate: certificates(made18).authentication.der, status: 'revoked' },
    { certificate: certificates(made18).signing!.der, status: 'valid' },
  ]);
  responder17 = await startResponder(issuingCa(made17.image), [
    { certificate: certificates(made17).authentication.der, status: 'valid' },
    { certificate: certificates(made17).signing!.der, status: 'revoked' },
  ]);
});
afterAll(async () => {
  await responder18?.stop();
  await responder17?.stop();
});

describe('verifier with OCSP', () => {
  it('refuses a revoked authentication certificate (1.8)', async () => {
    expect(await authenticate(responder18.url, made18)).toEqual({ ok: false, code: 'certificate-revoked' });
  });

  it('accepts the submission whose signing certificate is good (1.8)', async () => {
    expect((await submit(responder18.url, made18)).ok).toBe(true);
  });

  it('accepts a good authentication certificate (1.7, RSA responder key)', async () => {
    expect((await authenticate(responder17.url, made17)).ok).toBe(true);
  });

  it('refuses the submission whose signing certificate is revoked (1.7)', async () => {
    expect(await submit(responder17.url, made17)).toEqual({ ok: false, code: 'certificate-revoked' });
  });

  it('the responder of another CA cannot vouch: revocation unknown, failing closed', async () => {
    expect(await authenticate(responder18.url, made17)).toEqual({
      ok: false,
      code: 'certificate-revocation-unknown',
    });
  });

  it('responder down: refused failing closed, accepted failing open', async () => {
    const down = await startResponder(issuingCa(made17.image), []);
    await down.stop();
    expect(await authenticate(down.url, made17)).toEqual({
      ok: false,
      code: 'certificate-revocation-unknown',
    });
    expect((await authenticate(down.url, made17, { failClosed: false })).ok).toBe(true);
  });
});
