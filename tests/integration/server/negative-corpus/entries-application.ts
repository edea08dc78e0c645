import {
  accountApplicationBytes,
  parseAccountApplication,
  type AccountApplication,
} from '../../../../common/application/index.ts';
import type { CorpusEntry } from './corpus-types.ts';
import { cardImage } from './corpus-context.ts';
import { brokenSubmission, flipBase64, submitRequest, toBase64, truncateBase64 } from './tamper.ts';

/**
 * The signed application: its CAdES signature, the signing certificate, and its content
 * against the card, the session, the enrolment and the submitted contact.
 */

/** Canonical bytes of the application with `change` applied (still RFC 8785, still signed). */
const edited =
  (change: (application: AccountApplication) => AccountApplication) =>
  (canonical: Uint8Array): Uint8Array =>
    accountApplicationBytes(change(parseAccountApplication(canonical)));

const text = (value: string) => new TextEncoder().encode(value);
const DAY_MS = 86_400_000;

export const APPLICATION_ENTRIES: readonly CorpusEntry[] = [
  {
    id: 'cms-signature-value-flipped',
    category: 'forged-or-truncated-signature',
    description:
      'the CAdES signature of citizen-1.8 with the last byte of its ECDSA signature value inverted',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) => ({
        ...b,
        signature: flipBase64(b.signature, -1),
      })),
    status: 422,
    code: 'signature-invalid',
  },
  {
    id: 'cms-signature-value-flipped-rsa',
    category: 'forged-or-truncated-signature',
    description: 'the CAdES signature of citizen-1.7 with a byte of its RSA signature value inverted',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.7'), (b) => ({
        ...b,
        signature: flipBase64(b.signature, -20),
      })),
    status: 422,
    code: 'signature-invalid',
  },
  {
    id: 'cms-truncated',
    category: 'forged-or-truncated-signature',
    description: 'the CAdES signature cut short (its DER length runs past the end)',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) => ({
        ...b,
        signature: truncateBase64(b.signature, -16),
      })),
    status: 400,
    code: 'malformed-der',
  },
  {
    id: 'cms-of-another-application',
    category: 'forged-or-truncated-signature',
    description: "the holder's own valid signature, but over another application (another session)",
    request: async (c) => {
      const other = await c.other('citizen-1.8');
      return brokenSubmission(await c.prepare('citizen-1.8'), (b) => ({
        ...b,
        signature: toBase64(other.submission.signature),
      }));
    },
    status: 422,
    code: 'signature-invalid',
  },
  {
    id: 'signing-time-in-the-future',
    category: 'forged-or-truncated-signature',
    description: 'an application signed with a signing-time one day ahead of the service clock',
    request: async (c) => {
      const now = new Date(Date.now() + DAY_MS);
      return { request: submitRequest(await c.prepare('citizen-1.8', { registration: { now } })) };
    },
    status: 422,
    code: 'signature-attributes-invalid',
  },
  {
    id: 'signing-time-before-certificate',
    category: 'forged-or-truncated-signature',
    description: 'an application whose signing-time (2020) predates the signing certificate',
    request: async (c) => {
      const now = new Date('2020-06-01T00:00:00Z');
      return { request: submitRequest(await c.prepare('citizen-1.7', { registration: { now } })) };
    },
    status: 422,
    code: 'signature-attributes-invalid',
  },
  {
    id: 'signing-certificate-of-another-person',
    category: 'certificate-of-another-person',
    description: 'the signing certificate of another holder of the same CA with this holder’s files',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) => ({
        ...b,
        signingCertificate: toBase64(cardImage('pin-1-try-1.8').certificates.signing!.der),
      })),
    status: 422,
    code: 'certificate-subject-mismatch',
  },
  {
    id: 'cms-of-another-person',
    category: 'certificate-of-another-person',
    description:
      "another holder's valid signature (over their own application) with this holder’s certificate",
    request: async (c) => {
      const other = await c.other('pin-1-try-1.7');
      return brokenSubmission(await c.prepare('citizen-1.7'), (b) => ({
        ...b,
        signature: toBase64(other.submission.signature),
      }));
    },
    status: 422,
    code: 'signature-invalid',
  },
  {
    id: 'registration-of-another-person',
    category: 'certificate-of-another-person',
    description:
      'authenticated as pin-1-try-1.8, a complete valid registration of citizen-1.8 for this session',
    request: async (c) => {
      const prepared = await c.prepare('pin-1-try-1.8');
      const registration = await c.register('citizen-1.8', {
        nonce: prepared.nonce,
        sessionId: prepared.sessionId,
        enrolmentId: prepared.enrolment.enrolmentId,
      });
      return {
        request: brokenSubmission({ ...prepared, registration }, (b) => b).request,
        intact: submitRequest(prepared),
      };
    },
    status: 422,
    code: 'national-number-mismatch',
  },
  {
    id: 'application-surname-differs',
    category: 'application-content',
    description: 'a signed canonical application whose surname differs from the RRN-signed identity file',
    request: async (c) => {
      const change = edited((a) => ({ ...a, applicant: { ...a.applicant, surname: 'Janssens' } }));
      return {
        request: submitRequest(
          await c.prepare('citizen-1.8', { registration: { applicationBytes: change } }),
        ),
      };
    },
    status: 422,
    code: 'application-mismatch',
  },
  {
    id: 'application-address-differs',
    category: 'application-content',
    description: 'a signed canonical application with another municipality than the address file',
    request: async (c) => {
      const change = edited((a) => ({
        ...a,
        address: { ...a.address, zip: '1000', municipality: 'Brussel' },
      }));
      return {
        request: submitRequest(
          await c.prepare('citizen-1.7', { registration: { applicationBytes: change } }),
        ),
      };
    },
    status: 422,
    code: 'application-mismatch',
  },
  {
    id: 'contact-differs-from-application',
    category: 'application-content',
    description: 'the submitted e-mail address is not the signed one',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) => ({
        ...b,
        contact: { ...b.contact, email: 'attacker@example.com' },
      })),
    status: 422,
    code: 'application-mismatch',
  },
  {
    id: 'contact-phone-dropped',
    category: 'application-content',
    description: 'the submitted contact leaves out the signed phone number',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.7'), (b) => ({
        ...b,
        contact: { email: b.contact.email },
      })),
    status: 422,
    code: 'application-mismatch',
  },
  {
    id: 'application-for-another-session',
    category: 'application-content',
    description: 'an application signed for another session id',
    request: async (c) => {
      const registration = { sessionId: '0f0e0d0c-0b0a-0908-0706-050403020100' };
      return { request: submitRequest(await c.prepare('citizen-1.8', { registration })) };
    },
    status: 422,
    code: 'application-mismatch',
  },
  {
    id: 'application-for-another-enrolment',
    category: 'code-of-another-enrolment',
    description: 'bound to its own enrolment, the session submits an application signed for another one',
    request: async (c) => {
      const other = await c.startEnrolment();
      const registration = { enrolmentId: other.enrolmentId };
      return { request: submitRequest(await c.prepare('citizen-1.8', { registration })) };
    },
    status: 422,
    code: 'application-mismatch',
  },
  {
    id: 'photo-hashed-but-not-sent',
    category: 'application-content',
    description: 'the application lists the photo hash, the submission leaves the photo out',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8', { photo: true }), (b) => {
        const { photo: _photo, ...files } = b.files;
        return { ...b, files };
      }),
    status: 422,
    code: 'application-mismatch',
  },
  {
    id: 'application-not-canonical',
    category: 'application-content',
    description: 'the canonical bytes with a trailing newline, signed as they are',
    request: async (c) => {
      const applicationBytes = (canonical: Uint8Array) => new Uint8Array([...canonical, 0x0a]);
      return {
        request: submitRequest(await c.prepare('citizen-1.8', { registration: { applicationBytes } })),
      };
    },
    status: 422,
    code: 'application-malformed',
  },
  {
    id: 'application-pretty-printed',
    category: 'application-content',
    description: 'the same application pretty-printed (valid JSON, not RFC 8785), signed as it is',
    request: async (c) => {
      const applicationBytes = (canonical: Uint8Array) =>
        text(JSON.stringify(JSON.parse(new TextDecoder().decode(canonical)), null, 2));
      return {
        request: submitRequest(await c.prepare('citizen-1.7', { registration: { applicationBytes } })),
      };
    },
    status: 422,
    code: 'application-malformed',
  },
  {
    id: 'application-not-json',
    category: 'application-content',
    description: 'validly signed bytes that are not an application at all',
    request: async (c) => {
      const applicationBytes = () => text('I agree to everything.');
      return {
        request: submitRequest(await c.prepare('citizen-1.8', { registration: { applicationBytes } })),
      };
    },
    status: 422,
    code: 'application-malformed',
  },
];
