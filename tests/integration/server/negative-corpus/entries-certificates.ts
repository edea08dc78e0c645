import { brokenAuthentication, withToken } from './authentication-attack.ts';
import { cardImage as image } from './corpus-context.ts';
import type { CorpusEntry } from './corpus-types.ts';
import { impostorAuthentication, impostorCitizenCa, tokenSignedWith } from './forged-certificates.ts';
import { brokenSubmission, submitRequest, toBase64 } from './tamper.ts';

/**
 * The holder certificates: chains that do not reach a trusted root through the right CA,
 * validity, key usage, and revocation (OCSP at a local responder).
 */

const citizenCa = (applet: '1.7' | '1.8') => toBase64(image(`citizen-${applet}`).pki.citizenCa.der);

/** Before every holder certificate of the non-expired cards (2024-03-01), after the CAs (2024-01-01). */
const BEFORE_CARDS = new Date('2024-02-01T00:00:00Z');

export const CERTIFICATE_ENTRIES: readonly CorpusEntry[] = [
  {
    id: 'token-ca-of-the-other-pki',
    category: 'wrong-chain',
    description: 'ES384 token of citizen-1.8 sent with the RSA PKI Citizen CA (same name, other key)',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', (b) => ({ ...b, caCertificate: citizenCa('1.7') })),
    status: 422,
    code: 'certificate-untrusted',
  },
  {
    id: 'token-ca-of-the-other-pki-rsa',
    category: 'wrong-chain',
    description: 'RS256 token of citizen-1.7 sent with the P-384 PKI Citizen CA',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.7', (b) => ({ ...b, caCertificate: citizenCa('1.8') })),
    status: 422,
    code: 'certificate-untrusted',
  },
  {
    id: 'token-foreigner-ca-for-citizen',
    category: 'wrong-chain',
    description: 'citizen-1.8 token sent with the Foreigner CA of the same (trusted) PKI',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', (b) => ({
        ...b,
        caCertificate: toBase64(image('citizen-1.8').pki.foreignerCa.der),
      })),
    status: 422,
    code: 'certificate-untrusted',
  },
  {
    id: 'token-root-as-ca',
    category: 'wrong-chain',
    description: 'citizen-1.8 token sent with the trusted root itself in place of the issuing CA',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', (b) => ({
        ...b,
        caCertificate: toBase64(image('citizen-1.8').pki.root.der),
      })),
    status: 422,
    code: 'certificate-untrusted',
  },
  {
    id: 'token-impostor-ca',
    category: 'wrong-chain',
    description:
      'a certificate for the citizen-1.8 holder by a self-made "Citizen CA TEST", sent with that CA',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', async (b, attempt) => {
        const forged = impostorAuthentication(image('citizen-1.8'));
        const token = await tokenSignedWith(forged.der, forged.keyPair.privateKey, c.origin, attempt.nonce);
        return { ...b, token, caCertificate: toBase64(impostorCitizenCa().der) };
      }),
    status: 422,
    code: 'certificate-untrusted',
  },
  {
    id: 'token-impostor-leaf-with-genuine-ca',
    category: 'wrong-chain',
    description: 'the impostor-issued certificate sent with the genuine Citizen CA (issuer names match)',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', async (b, attempt) => {
        const forged = impostorAuthentication(image('citizen-1.8'));
        return {
          ...b,
          token: await tokenSignedWith(forged.der, forged.keyPair.privateKey, c.origin, attempt.nonce),
        };
      }),
    status: 422,
    code: 'certificate-untrusted',
  },
  {
    id: 'submission-ca-of-the-other-pki',
    category: 'wrong-chain',
    description:
      'the submission of citizen-1.8 with the RSA PKI Citizen CA as the signing certificate issuer',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) => ({ ...b, caCertificate: citizenCa('1.7') })),
    status: 422,
    code: 'certificate-untrusted',
  },
  {
    id: 'token-card-expired',
    category: 'expired-or-not-yet-valid',
    description: 'a valid token of expired-1.8, whose certificates ended in January 2024',
    request: (c) => brokenAuthentication(c, 'expired-1.8', (b) => b),
    status: 422,
    code: 'certificate-expired',
  },
  {
    id: 'token-card-expired-rsa',
    category: 'expired-or-not-yet-valid',
    description: 'a valid token of expired-1.7',
    request: (c) => brokenAuthentication(c, 'expired-1.7', (b) => b),
    status: 422,
    code: 'certificate-expired',
  },
  {
    id: 'token-not-yet-valid',
    category: 'expired-or-not-yet-valid',
    description: 'a valid token of citizen-1.8 while the service clock reads 2024-02-01',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', (b) => {
        c.clock.set(BEFORE_CARDS);
        return b;
      }),
    status: 422,
    code: 'certificate-not-yet-valid',
  },
  {
    id: 'submission-signing-not-yet-valid',
    category: 'expired-or-not-yet-valid',
    description: 'a valid submission of citizen-1.7 while the service clock reads 2024-02-01',
    request: async (c) => {
      const attack = brokenSubmission(await c.prepare('citizen-1.7'), (b) => b);
      c.clock.set(BEFORE_CARDS);
      return attack;
    },
    status: 422,
    code: 'certificate-not-yet-valid',
  },
  {
    id: 'submission-signing-certificate-expired',
    category: 'expired-or-not-yet-valid',
    description:
      'authenticated with pin-1-try-1.8, then the same person submits with their old, expired card',
    request: async (c) => {
      const prepared = await c.prepare('pin-1-try-1.8');
      const registration = await c.register('expired-1.8', {
        nonce: prepared.nonce,
        sessionId: prepared.sessionId,
        enrolmentId: prepared.enrolment.enrolmentId,
      });
      const { request } = brokenSubmission({ ...prepared, registration }, (b) => b);
      return { request, intact: submitRequest(prepared) };
    },
    status: 422,
    code: 'certificate-expired',
  },
  {
    id: 'token-signed-with-signing-key',
    category: 'wrong-key-usage',
    description:
      'a token signed with the non-repudiation key, the signing certificate as unverifiedCertificate',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.8', async (b, attempt) => {
        const signing = image('citizen-1.8').certificates.signing!;
        return withToken(
          b,
          await tokenSignedWith(signing.der, signing.keyPair.privateKey, c.origin, attempt.nonce),
        );
      }),
    status: 422,
    code: 'certificate-wrong-key-usage',
  },
  {
    id: 'token-signed-with-signing-key-rsa',
    category: 'wrong-key-usage',
    description: 'an RS256 token of citizen-1.7 signed with its non-repudiation key and certificate',
    request: (c) =>
      brokenAuthentication(c, 'citizen-1.7', async (b, attempt) => {
        const signing = image('citizen-1.7').certificates.signing!;
        return withToken(
          b,
          await tokenSignedWith(signing.der, signing.keyPair.privateKey, c.origin, attempt.nonce),
        );
      }),
    status: 422,
    code: 'certificate-wrong-key-usage',
  },
  {
    id: 'application-signed-with-authentication-key',
    category: 'wrong-key-usage',
    description: 'citizen-1.8 signs the application with its authentication key and certificate',
    request: async (c) => {
      const prepared = await c.prepare('citizen-1.8', { registration: { signWith: 'authentication' } });
      return { request: submitRequest(prepared) };
    },
    status: 422,
    code: 'certificate-wrong-key-usage',
  },
  {
    id: 'application-signed-with-authentication-key-rsa',
    category: 'wrong-key-usage',
    description: 'citizen-1.7 signs the application with its authentication key and certificate',
    request: async (c) => {
      const prepared = await c.prepare('citizen-1.7', { registration: { signWith: 'authentication' } });
      return { request: submitRequest(prepared) };
    },
    status: 422,
    code: 'certificate-wrong-key-usage',
  },
  {
    id: 'kids-card-signs-with-authentication-key',
    category: 'wrong-key-usage',
    description:
      'a Kids-ID (no signing key) authenticates, then signs the application with its authentication key',
    request: async (c) => {
      const prepared = await c.prepare('kids-1.8', { registration: { signWith: 'authentication' } });
      return { request: submitRequest(prepared) };
    },
    status: 422,
    code: 'certificate-wrong-key-usage',
  },
  {
    id: 'token-certificate-revoked',
    category: 'revoked-certificate',
    app: 'ocsp-citizen-1.8',
    description:
      'a valid token of citizen-1.8 whose authentication certificate the OCSP responder says is revoked',
    request: (c) => brokenAuthentication(c, 'citizen-1.8', (b) => b),
    status: 422,
    code: 'certificate-revoked',
  },
  {
    id: 'signing-certificate-revoked',
    category: 'revoked-certificate',
    app: 'ocsp-citizen-1.7',
    description:
      'a valid submission of citizen-1.7 whose signing certificate the OCSP responder says is revoked',
    request: async (c) => ({ request: submitRequest(await c.prepare('citizen-1.7')) }),
    status: 422,
    code: 'certificate-revoked',
  },
  {
    id: 'token-revocation-unknown',
    category: 'revoked-certificate',
    app: 'ocsp-citizen-1.8',
    description: 'a valid token of a holder the responder does not know (unknown, failing closed)',
    request: (c) => brokenAuthentication(c, 'pin-1-try-1.8', (b) => b),
    status: 503,
    code: 'certificate-revocation-unknown',
  },
  {
    id: 'token-revocation-other-ca',
    category: 'revoked-certificate',
    app: 'ocsp-citizen-1.7',
    description: 'a valid token of foreigner-1.7, whose CA the responder cannot vouch for',
    request: (c) => brokenAuthentication(c, 'foreigner-1.7', (b) => b),
    status: 503,
    code: 'certificate-revocation-unknown',
  },
];
