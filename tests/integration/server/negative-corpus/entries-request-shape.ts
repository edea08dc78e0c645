import { API_PATHS } from '../../../../common/api/paths.ts';
import { brokenAuthentication, withToken } from './authentication-attack.ts';
import type { CorpusContext } from './corpus-context.ts';
import type { CorpusAttack, CorpusEntry } from './corpus-types.ts';
import { brokenSubmission, type SubmissionBody } from './tamper.ts';

/** Content types, unknown fields, missing fields and values of the wrong type or form. */

/** A fresh valid submission of `cardId`, sent as `contentType` (the body as JSON text). */
async function sentAs(
  context: CorpusContext,
  cardId: string,
  contentType: string | null,
): Promise<CorpusAttack> {
  const attack = brokenSubmission(await context.prepare(cardId), (b) => JSON.stringify(b));
  return { ...attack, request: { ...attack.request, contentType } };
}

/** A fresh valid submission of `cardId` changed by `change`. */
const submission =
  (cardId: string, change: (body: SubmissionBody) => unknown) =>
  async (context: CorpusContext): Promise<CorpusAttack> =>
    brokenSubmission(await context.prepare(cardId), change);

export const REQUEST_SHAPE_ENTRIES: readonly CorpusEntry[] = [
  {
    id: 'content-type-text-plain',
    category: 'wrong-content-type',
    description: 'a valid submission sent as text/plain (a CORS "simple request")',
    request: (c) => sentAs(c, 'citizen-1.8', 'text/plain'),
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    id: 'content-type-form',
    category: 'wrong-content-type',
    description: 'a valid submission sent as application/x-www-form-urlencoded',
    request: (c) => sentAs(c, 'citizen-1.7', 'application/x-www-form-urlencoded'),
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    id: 'content-type-multipart',
    category: 'wrong-content-type',
    description: 'a valid submission sent as multipart/form-data',
    request: (c) => sentAs(c, 'citizen-1.8', 'multipart/form-data; boundary=corpus'),
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    id: 'content-type-xml',
    category: 'wrong-content-type',
    description: 'a valid submission sent as application/xml',
    request: (c) => sentAs(c, 'citizen-1.8', 'application/xml'),
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    id: 'content-type-missing',
    category: 'wrong-content-type',
    description: 'a valid submission sent without any content type',
    request: (c) => sentAs(c, 'citizen-1.7', null),
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    id: 'unknown-field-top-level',
    category: 'unknown-fields',
    description: 'a valid submission with an extra top-level "status": "approved"',
    request: submission('citizen-1.8', (b) => ({ ...b, status: 'approved' })),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'unknown-field-in-files',
    category: 'unknown-fields',
    description: 'a valid submission with an extra card file',
    request: submission('citizen-1.7', (b) => ({
      ...b,
      files: { ...b.files, signingCertificate: b.signingCertificate },
    })),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'unknown-field-in-contact',
    category: 'unknown-fields',
    description: 'a valid submission whose contact has an extra "verified": true',
    request: submission('citizen-1.8', (b) => ({ ...b, contact: { ...b.contact, verified: true } })),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'unknown-field-in-token',
    category: 'unknown-fields',
    description: 'a valid token with an extra member (the schema is closed, unlike the Java validator)',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', (b) => ({ ...b, token: { ...b.token, issuedAt: 'now' } })),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'unknown-field-in-code',
    category: 'unknown-fields',
    description: 'the right code with an extra "enrolmentId"',
    request: async (c) => {
      const { code, enrolmentId } = await c.startEnrolment();
      const sessionId = await c.authenticatedSession('citizen-1.8');
      return { request: { method: 'POST', url: API_PATHS.bindCode(sessionId), body: { code, enrolmentId } } };
    },
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'body-on-open-session',
    category: 'unknown-fields',
    description: 'opening a session with a chosen nonce',
    request: async (c) => {
      await c.startEnrolment();
      return { request: { method: 'POST', url: API_PATHS.sessions, body: { nonce: 'A'.repeat(44) } } };
    },
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'missing-signature',
    category: 'request-shape',
    description: 'a valid submission without its CMS signature',
    request: submission('citizen-1.8', (b) => {
      const { signature: _signature, ...rest } = b;
      return rest;
    }),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'missing-token',
    category: 'request-shape',
    description: 'an authentication without its token',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.7', (b) => {
        const { token: _token, ...rest } = b;
        return rest;
      }),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'application-as-number',
    category: 'request-shape',
    description: 'the application field as a JSON number (no coercion)',
    request: submission('citizen-1.7', (b) => ({ ...b, application: 12345 })),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'token-as-string',
    category: 'request-shape',
    description: 'the token as a JSON string of itself',
    request: (c) => brokenAuthentication(c, 'citizen-1.8', (b) => ({ ...b, token: JSON.stringify(b.token) })),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'empty-identity-file',
    category: 'request-shape',
    description: 'an empty identity file',
    request: submission('citizen-1.8', (b) => ({ ...b, files: { ...b.files, identity: '' } })),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'contact-email-invalid',
    category: 'request-shape',
    description: 'a contact e-mail without an @',
    request: submission('citizen-1.7', (b) => ({
      ...b,
      contact: { ...b.contact, email: 'holder.example.be' },
    })),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'session-id-not-a-uuid',
    category: 'request-shape',
    description: 'a valid submission sent to /sessions/not-a-session/application',
    request: async (c) => {
      const attack = brokenSubmission(await c.prepare('citizen-1.8'), (b) => b);
      return { ...attack, request: { ...attack.request, url: API_PATHS.application('not-a-session') } };
    },
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'token-with-empty-algorithm',
    category: 'request-shape',
    description: 'a token whose algorithm is the empty string',
    request: (c) => brokenAuthentication(c, 'citizen-1.8', (b) => withToken(b, { algorithm: '' })),
    status: 400,
    code: 'bad-request',
  },
];
