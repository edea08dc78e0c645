import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_APPLICATION_SCHEMA,
  accountApplicationBytes,
  buildAccountApplication,
  compareApplicationWithCard,
  hashCardFiles,
  parseAccountApplication,
  type AccountApplication,
} from '../../../../common/application/index.ts';
import { ParseError } from '../../../../common/binary/parse-error.ts';
import { canonicalJsonBytes } from '../../../../common/json/index.ts';
import { cardData } from './application-fixture.ts';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const issuedAt = new Date('2025-06-15T10:00:00.000Z');

async function application(id = 'citizen-1.8', phone: string | undefined = '+32 470 12 34 56') {
  const card = cardData(id);
  const app = buildAccountApplication({
    identity: card.identity,
    address: card.address,
    sessionId: 'session-1',
    enrolmentId: 'enrolment-1',
    contact: phone === undefined ? { email: 'emilie@example.be' } : { email: 'emilie@example.be', phone },
    cardFiles: await hashCardFiles(card.files),
    language: 'nl',
    issuedAt,
  });
  return { card, app };
}

describe('buildAccountApplication', () => {
  it('copies the card data exactly, hashes the files and serialises canonically', async () => {
    const { card, app } = await application();
    expect(app).toEqual({
      schema: ACCOUNT_APPLICATION_SCHEMA,
      sessionId: 'session-1',
      enrolmentId: 'enrolment-1',
      applicant: {
        nationalNumber: card.identity.nationalNumber,
        surname: 'Van den Broeck-Lefèvre',
        firstNames: card.identity.firstNames,
        thirdInitial: 'M',
        birthDate: '14 JUL  1985',
        nationality: 'Belg',
        cardNumber: card.identity.cardNumber,
        chipNumber: Buffer.from(card.identity.chipNumber).toString('hex'),
        cardValidityEnd: '01.03.2034',
        documentType: 1,
      },
      address: { streetAndNumber: 'Bondgenotenlaan 12 bus 3', zip: '3000', municipality: 'Leuven' },
      contact: { email: 'emilie@example.be', phone: '+32 470 12 34 56' },
      cardFiles: {
        identity: sha256(card.files.identity),
        identitySignature: sha256(card.files.identitySignature),
        address: sha256(card.files.address),
        addressSignature: sha256(card.files.addressSignature),
        rrnCertificate: sha256(card.files.rrnCertificate),
        photo: sha256(card.files.photo!),
      },
      language: 'nl',
      issuedAt: '2025-06-15T10:00:00.000Z',
    });
    const text = new TextDecoder().decode(accountApplicationBytes(app));
    expect(text.startsWith('{"address":{"municipality":"Leuven","streetAndNumber"')).toBe(true);
    expect(text).toContain('"birthDate":"14 JUL  1985"');
  });

  it('leaves out the phone and the photo hash when there are none', async () => {
    const { card } = await application();
    const { photo: _photo, ...files } = card.files;
    const app = buildAccountApplication({
      identity: card.identity,
      address: card.address,
      sessionId: 's',
      enrolmentId: 'e',
      contact: { email: 'a@b.be', phone: undefined },
      cardFiles: { ...(await hashCardFiles(files)), photo: undefined },
      language: 'fr',
      issuedAt,
    });
    expect(Object.keys(app.contact)).toEqual(['email']);
    expect('photo' in app.cardFiles).toBe(false);
    expect(parseAccountApplication(accountApplicationBytes(app))).toEqual(app);
  });
});

describe('parseAccountApplication', () => {
  it.each(['citizen-1.7', 'citizen-1.8', 'foreigner-1.8', 'kids-1.7'])('round-trips %s', async (id) => {
    const { app } = await application(id);
    expect(parseAccountApplication(accountApplicationBytes(app))).toEqual(app);
  });

  const mutate = async (change: (app: Record<string, unknown>) => void): Promise<Uint8Array> => {
    const copy = structuredClone((await application()).app) as unknown as Record<string, unknown>;
    change(copy);
    return canonicalJsonBytes(copy);
  };
  const applicant = (app: Record<string, unknown>) => app.applicant as Record<string, unknown>;

  it.each<[string, (app: Record<string, unknown>) => void, RegExp]>([
    ['an unknown top-level member', (a) => (a.extra = 1), /\$\.extra: unknown member/],
    ['a missing member', (a) => delete a.issuedAt, /\$\.issuedAt: missing/],
    ['another schema', (a) => (a.schema = 'eid-wizard/account-application/2'), /\$\.schema/],
    ['an unknown applicant member', (a) => (applicant(a).gender = 'V'), /applicant\.gender: unknown/],
    ['a national number of 10 digits', (a) => (applicant(a).nationalNumber = '8507141223'), /nationalNumber/],
    ['a document type as a string', (a) => (applicant(a).documentType = '01'), /documentType/],
    ['a fractional document type', (a) => (applicant(a).documentType = 1.5), /documentType/],
    ['an upper-case chip number', (a) => (applicant(a).chipNumber = 'AB'), /chipNumber/],
    ['a null phone', (a) => ((a.contact as Record<string, unknown>).phone = null), /contact\.phone/],
    ['a short hash', (a) => ((a.cardFiles as Record<string, unknown>).photo = 'ab'), /cardFiles\.photo/],
    ['an unknown language', (a) => (a.language = 'es'), /language/],
    ['a local time', (a) => (a.issuedAt = '2025-06-15T12:00:00+02:00'), /issuedAt/],
  ])('rejects %s', async (_label, change, message) => {
    const bytes = await mutate(change);
    expect(() => parseAccountApplication(bytes)).toThrow(ParseError);
    expect(() => parseAccountApplication(bytes)).toThrow(message);
  });

  it('rejects canonical JSON that is not an object', () => {
    expect(() => parseAccountApplication(new TextEncoder().encode('[]'))).toThrow(/\$: expected an object/);
  });

  it('rejects bytes that are not canonical, even when the content is right', async () => {
    const { app } = await application();
    const pretty = new TextEncoder().encode(JSON.stringify(app, null, 1));
    expect(() => parseAccountApplication(pretty)).toThrow(/canonical form/);
  });

  it('never puts a value into the error message', async () => {
    const bytes = await mutate((a) => (applicant(a).nationalNumber = 'Émilie-secret'));
    expect(() => parseAccountApplication(bytes)).toThrow(/^(?!.*secret).*$/s);
  });
});

describe('compareApplicationWithCard', () => {
  it('finds no difference with the card, the session, the contact and the files it came from', async () => {
    const { card, app } = await application();
    const expected = {
      identity: card.identity,
      address: card.address,
      contact: { email: 'emilie@example.be', phone: '+32 470 12 34 56' },
      session: { id: 'session-1', enrolmentId: 'enrolment-1' },
      cardFiles: await hashCardFiles(card.files),
    };
    expect(compareApplicationWithCard(app, expected)).toEqual([]);
  });

  it('names each field that differs', async () => {
    const { card, app } = await application();
    const other = cardData('foreigner-1.8');
    const changed: AccountApplication = {
      ...app,
      enrolmentId: 'enrolment-2',
      applicant: { ...app.applicant, firstNames: app.applicant.firstNames.trim() + ' ', documentType: 6 },
      contact: { email: 'emilie@example.be' },
    };
    expect(
      compareApplicationWithCard(changed, {
        identity: card.identity,
        address: other.address,
        contact: { email: 'emilie@example.be', phone: '+32 470 12 34 56' },
        session: { id: 'session-1', enrolmentId: 'enrolment-1' },
        cardFiles: await hashCardFiles({ ...card.files, photo: undefined }),
      }),
    ).toEqual([
      'enrolmentId',
      'applicant.firstNames',
      'applicant.documentType',
      'address.streetAndNumber',
      'address.zip',
      'address.municipality',
      'contact.phone',
      'cardFiles.photo',
    ]);
  });

  it('compares names exactly: no trimming and no Unicode normalisation', async () => {
    const { card, app } = await application();
    const nfd = { ...app, applicant: { ...app.applicant, surname: app.applicant.surname.normalize('NFD') } };
    expect(compareApplicationWithCard(nfd, { identity: card.identity, address: card.address })).toEqual([
      'applicant.surname',
    ]);
  });
});
