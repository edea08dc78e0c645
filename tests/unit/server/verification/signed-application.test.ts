import * as asn1js from 'asn1js';
import { describe, expect, it } from 'vitest';
import type { ApiErrorCode } from '../../../../common/api/error-codes.ts';
import { canonicalJsonBytes } from '../../../../common/json/index.ts';
import { CMS_OID } from '../../../../common/pki/cms/index.ts';
import { makeRegistration, type RegistrationOptions } from '../../../support/registration-fixture.ts';
import { buildCardImage } from '../../../virtual-card/index.ts';
import { attribute, forgeCms, type ForgeOptions } from './cms-forge.ts';
import { NONCE, ORIGIN, registration, SESSION, submissionOf, testVerifier } from './verification-fixture.ts';

/** A registration whose signed application bytes are rewritten before the card signs them. */
async function signed(id: string, rewrite: (json: Record<string, unknown>) => unknown, raw = false) {
  const options: RegistrationOptions = {
    origin: ORIGIN,
    nonce: NONCE,
    sessionId: SESSION.id,
    enrolmentId: SESSION.enrolmentId,
    contact: { email: 'holder@example.be', phone: '+32 470 00 00 00' },
    photo: true,
    applicationBytes: (canonical) => {
      const json = JSON.parse(new TextDecoder().decode(canonical)) as Record<string, unknown>;
      const changed = rewrite(json);
      return raw ? new TextEncoder().encode(changed as string) : canonicalJsonBytes(changed);
    },
  };
  return submissionOf(await makeRegistration(id, options));
}

const applicant = (json: Record<string, unknown>, change: Record<string, unknown>) => ({
  ...json,
  applicant: { ...(json.applicant as object), ...change },
});

describe('verifySubmission: what the card signed must be the right application', () => {
  const cases: [string, ApiErrorCode, () => ReturnType<typeof signed>][] = [
    [
      'surname differs from the identity file',
      'application-mismatch',
      () => signed('citizen-1.8', (j) => applicant(j, { surname: 'Peeters' })),
    ],
    [
      'first names trimmed',
      'application-mismatch',
      () => signed('citizen-1.7', (j) => applicant(j, { firstNames: 'Émilie' })),
    ],
    [
      'document type differs',
      'application-mismatch',
      () => signed('citizen-1.8', (j) => applicant(j, { documentType: 6 })),
    ],
    [
      'address differs',
      'application-mismatch',
      () => signed('citizen-1.8', (j) => ({ ...j, address: { ...(j.address as object), zip: '1000' } })),
    ],
    [
      'another enrolment',
      'application-mismatch',
      () => signed('citizen-1.8', (j) => ({ ...j, enrolmentId: 'enrolment-9' })),
    ],
    [
      'a card-file hash that is not the file sent',
      'application-mismatch',
      () =>
        signed('citizen-1.8', (j) => ({
          ...j,
          cardFiles: { ...(j.cardFiles as object), identity: '0'.repeat(64) },
        })),
    ],
    [
      'non-canonical bytes (pretty-printed)',
      'application-malformed',
      () => signed('citizen-1.8', (j) => JSON.stringify(j, null, 2), true),
    ],
    [
      'non-canonical bytes (member order)',
      'application-malformed',
      () =>
        signed('citizen-1.7', (j) => JSON.stringify(Object.fromEntries(Object.entries(j).reverse())), true),
    ],
    [
      'an unknown member',
      'application-malformed',
      () => signed('citizen-1.8', (j) => ({ ...j, admin: true })),
    ],
    [
      'another schema version',
      'application-malformed',
      () => signed('citizen-1.8', (j) => ({ ...j, schema: 'eid-wizard/account-application/2' })),
    ],
    ['not JSON at all', 'application-malformed', () => signed('citizen-1.8', () => 'hello', true)],
  ];
  it.each(cases)('%s → %s', async (_label, code, make) => {
    expect(await testVerifier().verifySubmission(await make())).toEqual({ ok: false, code });
  });
});

describe('verifySubmission: CAdES signed attributes (signatures valid, attributes wrong)', () => {
  const forged = async (id: string, options: ForgeOptions) => {
    const made = await registration(id, true);
    return submissionOf(made, { signature: forgeCms(made, options) });
  };
  const without = (type: string) => (attributes: Parameters<NonNullable<ForgeOptions['attributes']>>[0]) =>
    attributes.filter((a) => a.type !== type);

  it.each(['citizen-1.7', 'citizen-1.8'])(
    '%s: the forge helper itself makes an accepted signature',
    async (id) => {
      expect((await testVerifier().verifySubmission(await forged(id, {}))).ok).toBe(true);
    },
  );

  const cases: [string, ApiErrorCode, ForgeOptions][] = [
    [
      'attributes not in DER order',
      'signature-attributes-invalid',
      { sort: false, attributes: (a) => [...a].reverse() },
    ],
    ['content-type missing', 'signature-attributes-invalid', { attributes: without(CMS_OID.contentType) }],
    [
      'message-digest missing',
      'signature-attributes-invalid',
      { attributes: without(CMS_OID.messageDigest) },
    ],
    ['signing-time missing', 'signature-attributes-invalid', { attributes: without(CMS_OID.signingTime) }],
    [
      'signing-certificate-v2 missing',
      'signature-attributes-invalid',
      { attributes: without(CMS_OID.signingCertificateV2) },
    ],
    [
      'content-type is not id-data',
      'signature-attributes-invalid',
      {
        attributes: (a) => [
          ...without(CMS_OID.contentType)(a),
          attribute(CMS_OID.contentType, new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.7.2' })),
        ],
      },
    ],
    [
      'signing-certificate-v2 of another certificate (the authentication certificate)',
      'signature-attributes-invalid',
      { essCertificate: new Uint8Array(buildCardImage('citizen-1.8').certificates.authentication.der) },
    ],
    [
      'a duplicated signing-time',
      'signature-attributes-invalid',
      {
        attributes: (a) => [
          ...a,
          attribute(CMS_OID.signingTime, new asn1js.UTCTime({ valueDate: new Date('2025-06-15T10:00:01Z') })),
        ],
      },
    ],
    ['message-digest of other content', 'signature-invalid', { content: new TextEncoder().encode('{}') }],
    ['content embedded (not detached)', 'signature-invalid', { embedContent: true }],
    [
      'signing-time before the certificate existed',
      'signature-attributes-invalid',
      { signingTime: new Date('2020-01-01T00:00:00Z') },
    ],
  ];
  it.each(cases)('%s → %s', async (_label, code, options) => {
    expect(await testVerifier().verifySubmission(await forged('citizen-1.8', options))).toEqual({
      ok: false,
      code,
    });
  });
});
