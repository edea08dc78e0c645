import { brokenAuthentication, withToken } from './authentication-attack.ts';
import { cardImage } from './corpus-context.ts';
import type { CorpusEntry } from './corpus-types.ts';
import { flipBase64, toBase64, truncateBase64 } from './tamper.ts';

/**
 * The Web eID token (`POST /sessions/:id/authenticate`): forged and truncated signatures,
 * algorithm and format games, the certificate of another person, wrong origins.
 */

/** The authentication certificate of another holder under the same Citizen CA (Jan Peeters). */
const otherHolderCertificate = (applet: '1.7' | '1.8') =>
  toBase64(cardImage(`pin-1-try-${applet}`).certificates.authentication.der);

export const TOKEN_ENTRIES: readonly CorpusEntry[] = [
  {
    id: 'token-signature-flipped-ec',
    category: 'forged-or-truncated-signature',
    description: 'ES384 token (citizen-1.8) with one byte of r inverted',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', (b) =>
        withToken(b, { signature: flipBase64(b.token.signature, 10) }),
      ),
    status: 422,
    code: 'token-signature-invalid',
  },
  {
    id: 'token-signature-flipped-rsa',
    category: 'forged-or-truncated-signature',
    description: 'RS256 token (citizen-1.7) with its last signature byte inverted',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.7', (b) =>
        withToken(b, { signature: flipBase64(b.token.signature, -1) }),
      ),
    status: 422,
    code: 'token-signature-invalid',
  },
  {
    id: 'token-signature-truncated-ec',
    category: 'forged-or-truncated-signature',
    description: 'ES384 token whose raw r‖s lost its last byte (95 bytes)',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', (b) =>
        withToken(b, { signature: truncateBase64(b.token.signature, -1) }),
      ),
    status: 422,
    code: 'token-signature-invalid',
  },
  {
    id: 'token-signature-truncated-rsa',
    category: 'forged-or-truncated-signature',
    description: 'RS256 token cut to its first 128 bytes',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.7', (b) =>
        withToken(b, { signature: truncateBase64(b.token.signature, 128) }),
      ),
    status: 422,
    code: 'token-signature-invalid',
  },
  {
    id: 'token-algorithm-confusion',
    category: 'forged-or-truncated-signature',
    description: 'ES384 token (P-384 key) relabelled RS256',
    request: (c) => brokenAuthentication(c, 'citizen-1.8', (b) => withToken(b, { algorithm: 'RS256' })),
    status: 422,
    code: 'token-signature-invalid',
  },
  {
    id: 'token-algorithm-none',
    category: 'forged-or-truncated-signature',
    description: 'token with algorithm "none" and an empty-looking signature',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', (b) => withToken(b, { algorithm: 'none', signature: 'AA==' })),
    status: 422,
    code: 'token-algorithm-unsupported',
  },
  {
    id: 'token-format-unsupported',
    category: 'forged-or-truncated-signature',
    description: 'token claiming format web-eid:2.0',
    request: (c) => brokenAuthentication(c, 'citizen-1.8', (b) => withToken(b, { format: 'web-eid:2.0' })),
    status: 422,
    code: 'token-format-unsupported',
  },
  {
    id: 'token-certificate-of-another-person',
    category: 'certificate-of-another-person',
    description: 'citizen-1.8 signs the nonce but sends the certificate of another holder of the same CA',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', (b) =>
        withToken(b, { unverifiedCertificate: otherHolderCertificate('1.8') }),
      ),
    status: 422,
    code: 'token-signature-invalid',
  },
  {
    id: 'token-certificate-of-another-person-rsa',
    category: 'certificate-of-another-person',
    description: 'citizen-1.7 signs the nonce but sends the certificate of another holder of the same CA',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.7', (b) =>
        withToken(b, { unverifiedCertificate: otherHolderCertificate('1.7') }),
      ),
    status: 422,
    code: 'token-signature-invalid',
  },
  {
    id: 'token-for-another-origin',
    category: 'wrong-origin',
    description: 'a valid token, but made for https://evil.example (a phishing site relaying it)',
    request: (c) => brokenAuthentication(c, 'citizen-1.8', (b) => b, { origin: 'https://evil.example' }),
    status: 422,
    code: 'token-signature-invalid',
  },
  {
    id: 'token-for-http-origin',
    category: 'wrong-origin',
    description: 'a valid RS256 token made for the http:// origin of the same host',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.7', (b) => b, { origin: 'http://register.example.be' }),
    status: 422,
    code: 'token-signature-invalid',
  },
  {
    id: 'token-for-origin-with-port',
    category: 'wrong-origin',
    description: 'a valid token made for https://register.example.be:443 (not the configured form)',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', (b) => b, { origin: 'https://register.example.be:443' }),
    status: 422,
    code: 'token-signature-invalid',
  },
];
