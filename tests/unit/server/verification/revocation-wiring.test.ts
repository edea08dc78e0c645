import { describe, expect, it } from 'vitest';
import type {
  OcspCheckInput,
  OcspOutcome,
  RevocationChecker,
} from '../../../../server/verification/index.ts';
import {
  NONCE,
  NOW,
  ORIGIN,
  registration,
  submissionOf,
  testRoots,
  testVerifier,
} from './verification-fixture.ts';

/** A revocation checker that answers `outcome` and records what it was asked. */
function fakeChecker(outcome: OcspOutcome, failClosed = true) {
  const calls: OcspCheckInput[] = [];
  const checker: RevocationChecker = {
    failClosed,
    check: async (input) => {
      calls.push(input);
      return outcome;
    },
  };
  return { checker, calls };
}

const revoked: OcspOutcome = { status: 'revoked', url: 'u', response: new Uint8Array(1) };
const unavailable: OcspOutcome = { status: 'unavailable', reason: 'timeout' };

describe('the verifier asks the revocation checker last, about the right certificate', () => {
  it('authenticate: the authentication certificate and its CA, with the anchors', async () => {
    const made = await registration('citizen-1.8');
    const { checker, calls } = fakeChecker(revoked);
    const verifier = testVerifier({ ocsp: checker });
    const input = {
      token: made.token,
      caCertificate: made.caCertificate,
      origin: ORIGIN,
      nonce: NONCE,
      now: NOW,
    };
    expect(await verifier.authenticate(input)).toEqual({ ok: false, code: 'certificate-revoked' });
    expect(calls).toHaveLength(1);
    expect(Buffer.from(calls[0]!.certificate).toString('base64')).toBe(made.token.unverifiedCertificate);
    expect(calls[0]!.issuer).toEqual(made.caCertificate);
    expect(calls[0]!.trustAnchors).toEqual(testRoots());
    expect(calls[0]!.now).toBe(NOW);
  });

  it('authenticate: a forged token is refused before any OCSP request', async () => {
    const made = await registration('citizen-1.8');
    const { checker, calls } = fakeChecker(revoked);
    const token = { ...made.token, signature: Buffer.alloc(96, 1).toString('base64') };
    const input = { token, caCertificate: made.caCertificate, origin: ORIGIN, nonce: NONCE, now: NOW };
    expect(await testVerifier({ ocsp: checker }).authenticate(input)).toEqual({
      ok: false,
      code: 'token-signature-invalid',
    });
    expect(calls).toHaveLength(0);
  });

  it('verifySubmission: the signing certificate; unknown status fails closed, passes open', async () => {
    const made = await registration('citizen-1.7', true);
    const closed = fakeChecker(unavailable, true);
    expect(await testVerifier({ ocsp: closed.checker }).verifySubmission(submissionOf(made))).toEqual({
      ok: false,
      code: 'certificate-revocation-unknown',
    });
    expect(closed.calls[0]!.certificate).toEqual(made.submission.signingCertificate);
    const open = fakeChecker(unavailable, false);
    expect((await testVerifier({ ocsp: open.checker }).verifySubmission(submissionOf(made))).ok).toBe(true);
  });

  it('verifySubmission: a tampered submission never reaches the network', async () => {
    const made = await registration('citizen-1.7', true);
    const { checker, calls } = fakeChecker(revoked);
    const result = await testVerifier({ ocsp: checker }).verifySubmission(
      submissionOf(made, { contact: { email: 'someone@else.be' } }),
    );
    expect(result).toEqual({ ok: false, code: 'application-mismatch' });
    expect(calls).toHaveLength(0);
  });
});
