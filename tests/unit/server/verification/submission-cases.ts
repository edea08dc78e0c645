import type { ApiErrorCode } from '../../../../common/api/error-codes.ts';
import type { SubmissionInput } from '../../../../server/verification/verifier.ts';
import { buildCardImage } from '../../../virtual-card/index.ts';
import { flipByte } from '../../common/pki/pki-fixture.ts';
import { registration, SESSION, submissionOf } from './verification-fixture.ts';

/** A refused submission: label, expected code, how to make it. */
export type Case = [label: string, code: ApiErrorCode, make: () => Promise<SubmissionInput>];

/** The registration of citizen-1.8 with the photo, with `change` applied to its files. */
async function withFiles(
  change: Partial<SubmissionInput['files']>,
  id = 'citizen-1.8',
): Promise<SubmissionInput> {
  const made = await registration(id, true);
  return submissionOf(made, { files: { ...made.submission.files, ...change } });
}

/** Each tampering of a registration and the code it must get (pki-and-signing.md §4.4, §1.4, §6.3). */
export const SUBMISSION_CASES: Case[] = [
  [
    'identity altered after signing',
    'identity-signature-invalid',
    async () =>
      withFiles({
        identity: flipByte((await registration('citizen-1.8', true)).submission.files.identity, 40),
      }),
  ],
  [
    'identity altered after signing (1.7)',
    'identity-signature-invalid',
    async () =>
      withFiles(
        { identity: flipByte((await registration('citizen-1.7', true)).submission.files.identity, 40) },
        'citizen-1.7',
      ),
  ],
  [
    'identity signature file altered',
    'identity-signature-invalid',
    async () =>
      withFiles({
        identitySignature: flipByte(
          (await registration('citizen-1.8', true)).submission.files.identitySignature,
          20,
        ),
      }),
  ],
  [
    "address signature over other data (another card's address)",
    'address-signature-invalid',
    async () => withFiles({ address: (await registration('foreigner-1.8', true)).submission.files.address }),
  ],
  [
    'address signature of another card',
    'address-signature-invalid',
    async () =>
      withFiles({
        addressSignature: (await registration('foreigner-1.8', true)).submission.files.addressSignature,
      }),
  ],
  [
    'photo altered',
    'photo-hash-mismatch',
    async () =>
      withFiles({ photo: flipByte((await registration('citizen-1.8', true)).submission.files.photo!, 300) }),
  ],
  [
    "another card's photo",
    'photo-hash-mismatch',
    async () => withFiles({ photo: (await registration('foreigner-1.8', true)).submission.files.photo! }),
  ],
  [
    'CMS signature value flipped (1.8)',
    'signature-invalid',
    async () => {
      const made = await registration('citizen-1.8', true);
      return submissionOf(made, { signature: flipByte(made.submission.signature, -1) });
    },
  ],
  [
    'CMS signature value flipped (1.7)',
    'signature-invalid',
    async () => {
      const made = await registration('citizen-1.7', true);
      return submissionOf(made, { signature: flipByte(made.submission.signature, -1) });
    },
  ],
  [
    'content altered after signing',
    'signature-invalid',
    async () => {
      const made = await registration('citizen-1.8', true);
      const text = new TextDecoder()
        .decode(made.submission.application)
        .replace('holder@example.be', 'holder@example.bf');
      return submissionOf(made, { application: new TextEncoder().encode(text) });
    },
  ],
  [
    'CMS is not DER',
    'malformed-der',
    async () =>
      submissionOf(await registration('citizen-1.8', true), { signature: Uint8Array.of(0x30, 0x03, 1, 2) }),
  ],
  [
    'contact differs from the signed one',
    'application-mismatch',
    async () =>
      submissionOf(await registration('citizen-1.8', true), {
        contact: { email: 'other@example.be', phone: '+32 470 00 00 00' },
      }),
  ],
  [
    'phone left out of the submission',
    'application-mismatch',
    async () =>
      submissionOf(await registration('citizen-1.8', true), { contact: { email: 'holder@example.be' } }),
  ],
  [
    'enrolmentId of another session',
    'application-mismatch',
    async () => {
      const made = await registration('citizen-1.8', true);
      return submissionOf(made, {
        session: { ...SESSION, enrolmentId: 'enrolment-0002', nationalNumber: made.nationalNumber },
      });
    },
  ],
  [
    'sessionId of another session',
    'application-mismatch',
    async () => {
      const made = await registration('citizen-1.8', true);
      return submissionOf(made, {
        session: { ...SESSION, id: 'session-0002', nationalNumber: made.nationalNumber },
      });
    },
  ],
  [
    'photo sent although the application was signed without it',
    'application-mismatch',
    async () => {
      const made = await registration('citizen-1.8', false);
      const photo = (await registration('citizen-1.8', true)).submission.files.photo!;
      return submissionOf(made, { files: { ...made.submission.files, photo } });
    },
  ],
  [
    'photo left out although the application covers it',
    'application-mismatch',
    async () => {
      const made = await registration('citizen-1.8', true);
      const { photo: _photo, ...files } = made.submission.files;
      return submissionOf(made, { files });
    },
  ],
  [
    'national number of the session differs (another person authenticated)',
    'national-number-mismatch',
    async () => {
      const made = await registration('citizen-1.8', true);
      return submissionOf(made, { session: { ...SESSION, nationalNumber: '85071412231'.replace('1', '2') } });
    },
  ],
  [
    'signing certificate and CMS of another person',
    'certificate-subject-mismatch',
    async () => {
      const made = await registration('citizen-1.8', true);
      const other = await registration('pin-1-try-1.8', true);
      return submissionOf(made, {
        signingCertificate: other.submission.signingCertificate,
        signature: other.submission.signature,
      });
    },
  ],
  [
    'signing certificate of another person, CMS of the holder',
    'certificate-subject-mismatch',
    async () => {
      const made = await registration('citizen-1.8', true);
      const other = await registration('pin-1-try-1.8', true);
      return submissionOf(made, { signingCertificate: other.submission.signingCertificate });
    },
  ],
  [
    'signing certificate with the CA of another PKI',
    'certificate-untrusted',
    async () =>
      submissionOf(await registration('citizen-1.8', true), {
        caCertificate: (await registration('citizen-1.7')).caCertificate,
      }),
  ],
  [
    'RRN certificate replaced by the CA certificate (not an RRN certificate)',
    'rrn-certificate-untrusted',
    async () => withFiles({ rrnCertificate: (await registration('citizen-1.8', true)).caCertificate }),
  ],
  [
    'RRN certificate of the other test PKI (trusted, but it did not sign these files)',
    'identity-signature-invalid',
    async () =>
      withFiles({ rrnCertificate: (await registration('citizen-1.7')).submission.files.rrnCertificate }),
  ],
  [
    'RRN certificate not DER',
    'certificate-malformed',
    async () => withFiles({ rrnCertificate: Uint8Array.of(0x30, 0x01, 0x00) }),
  ],
  [
    'Kids-ID: the authentication certificate used to sign',
    'certificate-wrong-key-usage',
    async () => {
      const { makeRegistration } = await import('../../../support/registration-fixture.ts');
      const made = await makeRegistration('kids-1.8', {
        origin: 'https://register.example.be',
        nonce: 'n',
        sessionId: SESSION.id,
        enrolmentId: SESSION.enrolmentId,
        contact: { email: 'holder@example.be', phone: '+32 470 00 00 00' },
        signWith: 'authentication',
      });
      return submissionOf(made);
    },
  ],
  [
    'Kids-ID: the empty signing certificate file',
    'certificate-malformed',
    async () => {
      const image = buildCardImage('kids-1.8');
      const made = await registration('citizen-1.8', true);
      return submissionOf(made, { signingCertificate: image.files.belpic.get(0x5039)! });
    },
  ],
  [
    'the signing certificate is the authentication certificate',
    'certificate-wrong-key-usage',
    async () => {
      const made = await registration('citizen-1.8', true);
      return submissionOf(made, {
        signingCertificate: new Uint8Array(Buffer.from(made.token.unverifiedCertificate, 'base64')),
      });
    },
  ],
  [
    'an empty application',
    'bad-request',
    async () => submissionOf(await registration('citizen-1.8', true), { application: new Uint8Array(0) }),
  ],
];
