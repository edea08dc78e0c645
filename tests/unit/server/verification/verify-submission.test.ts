import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Verifier } from '../../../../server/verification/verifier.ts';
import { SUBMISSION_CASES } from './submission-cases.ts';
import { NOW, registration, SESSION, submissionOf, testRoots, testVerifier } from './verification-fixture.ts';

describe.each([
  ['citizen-1.7', false, 'Émilie Anne-Sophie Van den Broeck-Lefèvre'],
  ['citizen-1.7', true, 'Émilie Anne-Sophie Van den Broeck-Lefèvre'],
  ['citizen-1.8', false, 'Émilie Anne-Sophie Van den Broeck-Lefèvre'],
  ['citizen-1.8', true, 'Émilie Anne-Sophie Van den Broeck-Lefèvre'],
  ['foreigner-1.8', true, 'Jürgen Łukasz Müller'],
  ['foreigner-1.7', false, 'Jürgen Łukasz Müller'],
])('verifySubmission: %s (photo %s) is accepted', (id, photo, holderName) => {
  it('returns the application hash and the holder name', async () => {
    const made = await registration(id, photo);
    const result = await testVerifier().verifySubmission(submissionOf(made));
    const applicationSha256 = createHash('sha256').update(made.submission.application).digest('hex');
    expect(result).toEqual({ ok: true, applicationSha256, holderName });
    expect('photo' in made.submission.files).toBe(photo);
  });
});

const modes: [string, () => Promise<Verifier>][] = [
  ['cold', async () => testVerifier()],
  [
    'warm',
    async () => {
      const verifier = testVerifier();
      for (const id of ['citizen-1.7', 'citizen-1.8'])
        await verifier.verifySubmission(submissionOf(await registration(id, true)));
      return verifier;
    },
  ],
];

describe.each(modes)('verifySubmission refusals (%s caches)', (_mode, verifierFor) => {
  it.each(SUBMISSION_CASES)('%s → %s', async (_label, code, make) => {
    const verifier = await verifierFor();
    expect(await verifier.verifySubmission(await make())).toEqual({ ok: false, code });
  });
});

describe('verifySubmission: trust configuration', () => {
  it('refuses the RRN certificate when its root is not an anchor (checked first)', async () => {
    const verifier = testVerifier({ trustAnchors: [testRoots()[0]!] });
    const result = await verifier.verifySubmission(submissionOf(await registration('citizen-1.8', true)));
    expect(result).toEqual({ ok: false, code: 'rrn-certificate-untrusted' });
  });

  it('refuses an expired card (certificates expired)', async () => {
    const { makeRegistration } = await import('../../../support/registration-fixture.ts');
    const made = await makeRegistration('expired-1.8', {
      origin: 'https://register.example.be',
      nonce: 'n',
      sessionId: SESSION.id,
      enrolmentId: SESSION.enrolmentId,
      contact: { email: 'holder@example.be' },
    });
    expect(await testVerifier().verifySubmission(submissionOf(made))).toEqual({
      ok: false,
      code: 'certificate-expired',
    });
  });

  it('uses the submission time: the same submission a year later is still accepted (no age limit by default)', async () => {
    const made = await registration('citizen-1.7', true);
    const later = new Date(NOW.getTime() + 365 * 86_400_000);
    expect((await testVerifier().verifySubmission(submissionOf(made, { now: later }))).ok).toBe(true);
    const limited = testVerifier({ maxSigningTimeAgeMs: 3_600_000 });
    expect(await limited.verifySubmission(submissionOf(made, { now: later }))).toEqual({
      ok: false,
      code: 'signature-attributes-invalid',
    });
  });

  it('refuses a signing-time more than the skew in the future', async () => {
    const made = await registration('citizen-1.8', true);
    const earlier = new Date(NOW.getTime() - 10 * 60_000);
    expect(await testVerifier().verifySubmission(submissionOf(made, { now: earlier }))).toEqual({
      ok: false,
      code: 'signature-attributes-invalid',
    });
    const tolerant = testVerifier({ signingTimeSkewMs: 15 * 60_000 });
    expect((await tolerant.verifySubmission(submissionOf(made, { now: earlier }))).ok).toBe(true);
  });
});
