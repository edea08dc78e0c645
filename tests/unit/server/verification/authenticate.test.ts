import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ApiErrorCode } from '../../../../common/api/error-codes.ts';
import type { AuthenticationInput, Verifier, WebEidToken } from '../../../../server/verification/verifier.ts';
import { buildCardImage } from '../../../virtual-card/index.ts';
import { b64, input, tokenOf, unb64 } from './auth-inputs.ts';
import { ORIGIN, registration, testVerifier } from './verification-fixture.ts';

const modes: [string, () => Promise<Verifier>][] = [
  ['cold', async () => testVerifier()],
  [
    'warm',
    async () => {
      const verifier = testVerifier();
      for (const id of ['citizen-1.7', 'citizen-1.8', 'foreigner-1.8'])
        await verifier.authenticate(await input(id));
      return verifier;
    },
  ],
];

describe.each(['citizen-1.7', 'citizen-1.8', 'foreigner-1.7', 'foreigner-1.8'])(
  'authenticate: %s round trip',
  (id) => {
    it('accepts the token and returns the national number and the certificate hash', async () => {
      const made = await registration(id);
      const result = await testVerifier().authenticate(await input(id));
      const der = unb64(made.token.unverifiedCertificate);
      expect(result).toEqual({
        ok: true,
        nationalNumber: made.nationalNumber,
        certificateSha256: createHash('sha256').update(der).digest('hex'),
      });
      expect(made.token.algorithm).toBe(id.endsWith('1.7') ? 'RS256' : 'ES384');
      expect(made.token.format).toBe('web-eid:1.0');
    });
  },
);

describe.each(modes)('authenticate failures (%s caches)', (_mode, verifierFor) => {
  const cases: [string, () => Promise<AuthenticationInput>, ApiErrorCode][] = [
    [
      'forged signature (1.8)',
      async () => tokenOf('citizen-1.8', { signature: b64(new Uint8Array(96).fill(0x5a)) }),
      'token-signature-invalid',
    ],
    [
      'forged signature (1.7)',
      async () => {
        const token = (await input('citizen-1.7')).token;
        const signature = unb64(token.signature);
        signature[10] = signature[10]! ^ 1;
        return tokenOf('citizen-1.7', { signature: b64(signature) });
      },
      'token-signature-invalid',
    ],
    [
      'truncated signature',
      async () => {
        const token = (await input('citizen-1.8')).token;
        return tokenOf('citizen-1.8', { signature: b64(unb64(token.signature).subarray(0, 95)) });
      },
      'token-signature-invalid',
    ],
    [
      'wrong origin',
      async () => input('citizen-1.8', { origin: 'https://register.example.com' }),
      'token-signature-invalid',
    ],
    [
      'origin with a trailing slash',
      async () => input('citizen-1.7', { origin: `${ORIGIN}/` }),
      'token-signature-invalid',
    ],
    [
      'wrong nonce',
      async () => input('citizen-1.8', { nonce: Buffer.alloc(32, 8).toString('base64') }),
      'token-signature-invalid',
    ],
    [
      "another person's certificate (same CA)",
      async () => {
        const other = await registration('pin-1-try-1.8');
        return tokenOf('citizen-1.8', { unverifiedCertificate: other.token.unverifiedCertificate });
      },
      'token-signature-invalid',
    ],
    [
      'untrusted chain: a CA of another PKI',
      async () => input('citizen-1.8', { caCertificate: (await registration('citizen-1.7')).caCertificate }),
      'certificate-untrusted',
    ],
    [
      'untrusted chain: the wrong issuing CA',
      async () =>
        input('citizen-1.8', { caCertificate: (await registration('foreigner-1.8')).caCertificate }),
      'certificate-untrusted',
    ],
    [
      'untrusted chain: the leaf given as its own CA',
      async () =>
        input('citizen-1.8', {
          caCertificate: unb64((await input('citizen-1.8')).token.unverifiedCertificate),
        }),
      'certificate-untrusted',
    ],
    ['expired certificate (expired-1.8)', async () => input('expired-1.8'), 'certificate-expired'],
    ['expired certificate (expired-1.7)', async () => input('expired-1.7'), 'certificate-expired'],
    [
      'not yet valid',
      async () => input('citizen-1.8', { now: new Date('2024-02-01T00:00:00Z') }),
      'certificate-not-yet-valid',
    ],
    [
      'wrong key usage: the signing certificate used to authenticate',
      async () => {
        const image = buildCardImage('citizen-1.8');
        return tokenOf('citizen-1.8', { unverifiedCertificate: b64(image.certificates.signing!.der) });
      },
      'certificate-wrong-key-usage',
    ],
    [
      'unsupported algorithm HS256',
      async () => tokenOf('citizen-1.8', { algorithm: 'HS256' }),
      'token-algorithm-unsupported',
    ],
    [
      'algorithm not enabled (PS256)',
      async () => tokenOf('citizen-1.7', { algorithm: 'PS256' }),
      'token-algorithm-unsupported',
    ],
    [
      'ES384 declared for an RSA key',
      async () => tokenOf('citizen-1.7', { algorithm: 'ES384' }),
      'token-signature-invalid',
    ],
    [
      'RS256 declared for an EC key',
      async () => tokenOf('citizen-1.8', { algorithm: 'RS256' }),
      'token-signature-invalid',
    ],
    [
      'format web-eid:2.0',
      async () => tokenOf('citizen-1.8', { format: 'web-eid:2.0' }),
      'token-format-unsupported',
    ],
    ['format missing', async () => tokenOf('citizen-1.8', { format: '' }), 'token-malformed'],
    [
      'certificate not base64',
      async () => tokenOf('citizen-1.8', { unverifiedCertificate: 'MII*' }),
      'malformed-base64',
    ],
    ['signature not base64', async () => tokenOf('citizen-1.8', { signature: 'abc' }), 'malformed-base64'],
    [
      'certificate not DER',
      async () => tokenOf('citizen-1.8', { unverifiedCertificate: b64(new Uint8Array(40).fill(0x30)) }),
      'certificate-malformed',
    ],
    [
      'certificate with trailing bytes',
      async () => {
        const der = unb64((await input('citizen-1.8')).token.unverifiedCertificate);
        return tokenOf('citizen-1.8', { unverifiedCertificate: b64(Uint8Array.from([...der, 0])) });
      },
      'certificate-malformed',
    ],
    [
      'CA certificate not DER',
      async () => input('citizen-1.8', { caCertificate: Uint8Array.of(1, 2, 3) }),
      'certificate-malformed',
    ],
    [
      'token is not an object',
      async () => ({ ...(await input('citizen-1.8')), token: null as unknown as WebEidToken }),
      'token-malformed',
    ],
    [
      'signature is a number',
      async () => tokenOf('citizen-1.8', { signature: 5 as unknown as string }),
      'token-malformed',
    ],
  ];

  it.each(cases.map(([label, make, code]) => [label, code, make] as const))(
    '%s → %s',
    async (_label, code, make) => {
      const verifier = await verifierFor();
      expect(await verifier.authenticate(await make())).toEqual({ ok: false, code });
    },
  );
});
