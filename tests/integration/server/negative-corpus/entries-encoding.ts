import { expect } from 'vitest';
import { brokenAuthentication, withToken } from './authentication-attack.ts';
import type { CorpusEntry } from './corpus-types.ts';
import { brokenSubmission, fromBase64, toBase64, withFiles } from './tamper.ts';

/** Bodies over the limits, and malformed JSON, base64 and DER. */

/** 300 000 bytes of base64: over the 256 KiB body limit on its own. */
const HUGE = 'A'.repeat(300_000);

/** Base64 of `n` arbitrary bytes that do not start a DER SEQUENCE. */
const noise = (n: number) => toBase64(Uint8Array.from({ length: n }, (_, i) => (i * 73 + 5) & 0xff));

/** Base64 wrapped at 64 characters, as in PEM. */
const wrapped = (text: string) => text.replace(/(.{64})/g, '$1\n');

/** Standard base64 rewritten in the URL-safe alphabet (must contain + or /). */
function base64url(text: string): string {
  const url = text.replace(/\+/g, '-').replace(/\//g, '_');
  expect(url).not.toBe(text);
  return url;
}

export const ENCODING_ENTRIES: readonly CorpusEntry[] = [
  {
    id: 'submission-over-body-limit',
    category: 'oversized-body',
    description: 'a valid submission carrying a 300 kB photo (body limit 256 KiB)',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) => withFiles(b, { photo: HUGE })),
    status: 413,
    code: 'payload-too-large',
  },
  {
    id: 'authentication-over-body-limit',
    category: 'oversized-body',
    description: 'a valid authentication carrying a 300 kB appVersion',
    request: (c) => brokenAuthentication(c, 'citizen-1.8', (b) => withToken(b, { appVersion: HUGE })),
    status: 413,
    code: 'payload-too-large',
  },
  {
    id: 'photo-over-field-limit',
    category: 'oversized-body',
    description: 'a 20 kB photo: under the body limit, over the 16 kB photo field limit',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.7'), (b) => withFiles(b, { photo: noise(20_000) })),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'token-certificate-over-field-limit',
    category: 'oversized-body',
    description: 'a token whose unverifiedCertificate is 10 001 characters',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', (b) =>
        withToken(b, { unverifiedCertificate: 'A'.repeat(10_001) }),
      ),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'json-truncated',
    category: 'malformed-json-base64-der',
    description: 'a submission whose JSON text is cut short',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) => JSON.stringify(b).slice(0, -40)),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'json-trailing-garbage',
    category: 'malformed-json-base64-der',
    description: 'a valid submission followed by a second JSON value',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.7'), (b) => `${JSON.stringify(b)}{"again":true}`),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'json-prototype-poisoning',
    category: 'malformed-json-base64-der',
    description: 'a valid submission with a "__proto__" member',
    request: async (c) =>
      brokenSubmission(
        await c.prepare('citizen-1.8'),
        (b) => `{"__proto__":{"admin":true},${JSON.stringify(b).slice(1)}`,
      ),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'json-array-body',
    category: 'malformed-json-base64-der',
    description: 'the submission wrapped in an array',
    request: async (c) => brokenSubmission(await c.prepare('citizen-1.8'), (b) => [b]),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'json-empty-body',
    category: 'malformed-json-base64-der',
    description: 'an empty body declared as application/json',
    request: async (c) => brokenSubmission(await c.prepare('citizen-1.7'), () => ''),
    status: 400,
    code: 'bad-request',
  },
  {
    id: 'base64-invalid-character',
    category: 'malformed-json-base64-der',
    description: 'the application with a "!" in its base64',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) => ({
        ...b,
        application: `!${b.application.slice(1)}`,
      })),
    status: 400,
    code: 'malformed-base64',
  },
  {
    id: 'base64-url-alphabet',
    category: 'malformed-json-base64-der',
    description: 'the CMS signature in the URL-safe base64 alphabet',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.7'), (b) => ({ ...b, signature: base64url(b.signature) })),
    status: 400,
    code: 'malformed-base64',
  },
  {
    id: 'base64-line-wrapped',
    category: 'malformed-json-base64-der',
    description: 'the identity file in base64 wrapped at 64 characters, as in PEM',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) =>
        withFiles(b, { identity: wrapped(b.files.identity) }),
      ),
    status: 400,
    code: 'malformed-base64',
  },
  {
    id: 'base64-bad-padding',
    category: 'malformed-json-base64-der',
    description: 'the signing certificate in base64 with one character too many',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) => ({
        ...b,
        signingCertificate: `${b.signingCertificate.replace(/=+$/, '')}A`,
      })),
    status: 400,
    code: 'malformed-base64',
  },
  {
    id: 'token-signature-not-base64',
    category: 'malformed-json-base64-der',
    description: 'a token whose signature is not base64',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', (b) => withToken(b, { signature: '%%not-base64%%' })),
    status: 400,
    code: 'malformed-base64',
  },
  {
    id: 'token-signature-line-wrapped',
    category: 'malformed-json-base64-der',
    description: 'a token whose signature base64 is wrapped at 64 characters',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', (b) => withToken(b, { signature: wrapped(b.token.signature) })),
    status: 400,
    code: 'malformed-base64',
  },
  {
    id: 'token-certificate-with-spaces',
    category: 'malformed-json-base64-der',
    description: 'a token whose unverifiedCertificate base64 has a leading and a trailing space',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.7', (b) =>
        withToken(b, { unverifiedCertificate: ` ${b.token.unverifiedCertificate} ` }),
      ),
    status: 400,
    code: 'malformed-base64',
  },
  {
    id: 'der-arbitrary-bytes',
    category: 'malformed-json-base64-der',
    description: 'the signing certificate replaced by bytes that are not DER',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.7'), (b) => ({ ...b, signingCertificate: noise(600) })),
    status: 400,
    code: 'malformed-der',
  },
  {
    id: 'der-with-card-padding',
    category: 'malformed-json-base64-der',
    description: 'the RRN certificate as the card file holds it, zero padded after the DER',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) =>
        withFiles(b, {
          rrnCertificate: toBase64(new Uint8Array([...fromBase64(b.files.rrnCertificate), 0, 0, 0, 0])),
        }),
      ),
    status: 400,
    code: 'malformed-der',
  },
  {
    id: 'der-sequence-not-a-certificate',
    category: 'malformed-json-base64-der',
    description: 'the CA certificate replaced by a well-formed DER SEQUENCE { INTEGER 1 }',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) => ({
        ...b,
        caCertificate: toBase64(Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x01)),
      })),
    status: 400,
    code: 'certificate-malformed',
  },
  {
    id: 'cms-is-a-certificate',
    category: 'malformed-json-base64-der',
    description: 'the signing certificate sent as the CMS signature (one DER SEQUENCE, not a ContentInfo)',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.7'), (b) => ({ ...b, signature: b.signingCertificate })),
    status: 400,
    code: 'malformed-der',
  },
  {
    id: 'token-certificate-not-der',
    category: 'malformed-json-base64-der',
    description: 'a token whose unverifiedCertificate is valid base64 of bytes that are not a certificate',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', (b) => withToken(b, { unverifiedCertificate: noise(700) })),
    status: 400,
    code: 'certificate-malformed',
  },
  {
    id: 'authentication-ca-not-der',
    category: 'malformed-json-base64-der',
    description: 'an authentication whose caCertificate is not DER',
    request: (c) => brokenAuthentication(c, 'citizen-1.7', (b) => ({ ...b, caCertificate: noise(300) })),
    status: 400,
    code: 'malformed-der',
  },
];
