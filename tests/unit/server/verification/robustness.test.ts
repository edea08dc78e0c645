import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '../../../../common/api/error-codes.ts';
import { flipByte } from '../../common/pki/pki-fixture.ts';
import { input } from './auth-inputs.ts';
import { registration, submissionOf, testVerifier } from './verification-fixture.ts';

/** Positions 0, step, 2·step, … of `bytes`. */
const every = (bytes: Uint8Array, step: number): number[] =>
  Array.from({ length: Math.ceil(bytes.length / step) }, (_, i) => i * step);

/** Where the CMS `certificates` field lies: flips there do not matter (the service uses the sent certificates). */
function certificatesRange(cms: Uint8Array, certificates: readonly Uint8Array[]): [number, number] {
  const first = certificates[0]!;
  const start = Buffer.from(cms).indexOf(Buffer.from(first));
  const length = certificates.reduce((sum, c) => sum + c.length, 0);
  return [start, start + length];
}

describe('no flipped byte is accepted, and none makes the verifier throw', () => {
  it('in the CMS (outside the informative certificates field)', async () => {
    const made = await registration('citizen-1.8', true);
    const verifier = testVerifier();
    const cms = made.submission.signature;
    const ca = made.submission.caCertificate;
    const [start, end] = certificatesRange(
      cms,
      [made.submission.signingCertificate, ca].sort(Buffer.compare),
    );
    for (const at of every(cms, 11)) {
      const result = await verifier.verifySubmission(
        submissionOf(made, { signature: flipByte(cms, at, 0x20) }),
      );
      if (result.ok) expect(at >= start && at < end, `flip at ${at} accepted`).toBe(true);
      else expect(API_ERROR_CODES).toContain(result.code);
    }
  });

  it('in the application bytes', async () => {
    const made = await registration('citizen-1.7', true);
    const verifier = testVerifier();
    const bytes = made.submission.application;
    for (const at of every(bytes, 17)) {
      const result = await verifier.verifySubmission(
        submissionOf(made, { application: flipByte(bytes, at, 0x01) }),
      );
      expect(result).toEqual({ ok: false, code: 'signature-invalid' });
    }
  });

  it.each(['identity', 'identitySignature', 'address', 'addressSignature', 'rrnCertificate'] as const)(
    'in the card file %s',
    async (name) => {
      const made = await registration('citizen-1.8', true);
      const verifier = testVerifier();
      const file = made.submission.files[name];
      for (const at of every(file, 7)) {
        const files = { ...made.submission.files, [name]: flipByte(file, at, 0x10) };
        const result = await verifier.verifySubmission(submissionOf(made, { files }));
        expect(result.ok, `flip at ${at} accepted`).toBe(false);
      }
    },
  );

  it('in the signing certificate', async () => {
    const made = await registration('citizen-1.7', true);
    const verifier = testVerifier();
    const der = made.submission.signingCertificate;
    for (const at of every(der, 9)) {
      const result = await verifier.verifySubmission(
        submissionOf(made, { signingCertificate: flipByte(der, at, 0x08) }),
      );
      expect(result.ok, `flip at ${at} accepted`).toBe(false);
    }
  });

  it('in the authentication certificate of the token', async () => {
    const verifier = testVerifier();
    const base = await input('citizen-1.8');
    const der = new Uint8Array(Buffer.from(base.token.unverifiedCertificate, 'base64'));
    for (const at of every(der, 13)) {
      const token = {
        ...base.token,
        unverifiedCertificate: Buffer.from(flipByte(der, at, 0x04)).toString('base64'),
      };
      const result = await verifier.authenticate({ ...base, token });
      expect(result.ok, `flip at ${at} accepted`).toBe(false);
    }
  });
});
