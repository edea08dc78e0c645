import { describe, expect, it } from 'vitest';
import { makeRegistration } from '../../../support/registration-fixture.ts';
import { buildCardImage } from '../../../virtual-card/index.ts';
import { input, tokenOf } from './auth-inputs.ts';
import { holderToken, issueHolder } from './holder-fixture.ts';
import { NONCE, NOW, ORIGIN, SESSION, testRoots, testVerifier } from './verification-fixture.ts';

describe('authenticate: holder certificate profile', () => {
  const image = buildCardImage('citizen-1.8');
  const run = async (spec: Parameters<typeof issueHolder>[1]) => {
    const holder = issueHolder(image, spec);
    return testVerifier().authenticate({
      token: holderToken(holder, ORIGIN, NONCE),
      caCertificate: image.pki.citizenCa.der,
      origin: ORIGIN,
      nonce: NONCE,
      now: NOW,
    });
  };

  it('accepts a well-formed holder certificate made for the test (the helper is sound)', async () => {
    expect(await run({ label: 'ok' })).toMatchObject({ ok: true, nationalNumber: image.nationalNumber });
  });
  it('refuses a certificate without the national number', async () => {
    expect(await run({ label: 'no-serial', nationalNumber: null })).toEqual({
      ok: false,
      code: 'certificate-subject-mismatch',
    });
  });
  it('refuses a subject outside Belgium', async () => {
    expect(await run({ label: 'nl', country: 'NL' })).toEqual({
      ok: false,
      code: 'certificate-subject-mismatch',
    });
  });
  it('refuses a certificate without a Belgian authentication policy', async () => {
    expect(await run({ label: 'no-policy', policy: 'none' })).toEqual({
      ok: false,
      code: 'certificate-wrong-key-usage',
    });
    expect(await run({ label: 'sign-policy', policy: 'citizenSigning' })).toEqual({
      ok: false,
      code: 'certificate-wrong-key-usage',
    });
  });
  it('accepts one without policy when policies are not checked', async () => {
    const holder = issueHolder(image, { label: 'no-policy', policy: 'none' });
    const verifier = testVerifier({ checkPolicies: false });
    const result = await verifier.authenticate({
      token: holderToken(holder, ORIGIN, NONCE),
      caCertificate: image.pki.citizenCa.der,
      origin: ORIGIN,
      nonce: NONCE,
      now: NOW,
    });
    expect(result.ok).toBe(true);
  });
});

describe('authenticate: options', () => {
  it('accepts format web-eid:1.1 (prefix web-eid:1, as the Java validator) ', async () => {
    expect(
      (await testVerifier().authenticate(await tokenOf('citizen-1.8', { format: 'web-eid:1.1' }))).ok,
    ).toBe(true);
  });

  it('refuses everything when no anchor is configured', async () => {
    const verifier = testVerifier({ trustAnchors: [] });
    expect(await verifier.authenticate(await input('citizen-1.8'))).toEqual({
      ok: false,
      code: 'certificate-untrusted',
    });
  });

  it('trusts only the anchors given: the 1.8 card fails with the RSA root alone', async () => {
    const verifier = testVerifier({ trustAnchors: [testRoots()[0]!] });
    expect(await verifier.authenticate(await input('citizen-1.8'))).toEqual({
      ok: false,
      code: 'certificate-untrusted',
    });
    expect((await verifier.authenticate(await input('citizen-1.7'))).ok).toBe(true);
  });

  it('keeps working after the cached CA link expires: the CA is checked again and refused', async () => {
    const verifier = testVerifier();
    expect((await verifier.authenticate(await input('citizen-1.8'))).ok).toBe(true);
    const later = await input('citizen-1.8', { now: new Date('2041-01-01T00:00:00Z') });
    expect(await verifier.authenticate(later)).toEqual({ ok: false, code: 'certificate-expired' });
  });

  it('uses the session nonce string, not its decoded bytes', async () => {
    const made = await makeRegistration('citizen-1.8', {
      origin: ORIGIN,
      nonce: 'not-base64-at-all but still a string',
      sessionId: SESSION.id,
      enrolmentId: SESSION.enrolmentId,
      contact: { email: 'a@b.be' },
    });
    const result = await testVerifier().authenticate({
      token: made.token,
      caCertificate: made.caCertificate,
      origin: ORIGIN,
      nonce: 'not-base64-at-all but still a string',
      now: NOW,
    });
    expect(result.ok).toBe(true);
  });
});
