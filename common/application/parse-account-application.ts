import { isLanguage, type Language } from '../i18n/languages.ts';
import type { JsonObject } from '../json/canonical-json.ts';
import { parseCanonicalJson } from '../json/parse-canonical-json.ts';
import {
  ACCOUNT_APPLICATION_SCHEMA,
  type AccountApplication,
  type ApplicationAddress,
  type ApplicationApplicant,
  type ApplicationCardFiles,
  type ApplicationContact,
} from './account-application.ts';
import { exactObject, integer, shapeError, text } from './json-shape.ts';

const SHA256_HEX = /^[0-9a-f]{64}$/;
const NON_EMPTY = /\S/;
/** ISO 8601 UTC as `toISOString` writes it (RFC 3339 §5.6 profile). */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

function applicant(object: JsonObject): ApplicationApplicant {
  const path = '$.applicant';
  const members = ['nationalNumber', 'surname', 'firstNames', 'thirdInitial', 'birthDate', 'nationality'];
  const card = ['cardNumber', 'chipNumber', 'cardValidityEnd', 'documentType'];
  const value = exactObject(object.applicant, path, [...members, ...card]);
  return {
    nationalNumber: text(value, 'nationalNumber', path, /^\d{11}$/),
    surname: text(value, 'surname', path, NON_EMPTY),
    firstNames: text(value, 'firstNames', path),
    thirdInitial: text(value, 'thirdInitial', path),
    birthDate: text(value, 'birthDate', path, NON_EMPTY),
    nationality: text(value, 'nationality', path),
    cardNumber: text(value, 'cardNumber', path, NON_EMPTY),
    chipNumber: text(value, 'chipNumber', path, /^(?:[0-9a-f]{2})+$/),
    cardValidityEnd: text(value, 'cardValidityEnd', path, /^\d{2}\.\d{2}\.\d{4}$/),
    documentType: integer(value, 'documentType', path, 0, 99),
  };
}

function address(object: JsonObject): ApplicationAddress {
  const path = '$.address';
  const value = exactObject(object.address, path, ['streetAndNumber', 'zip', 'municipality']);
  return {
    streetAndNumber: text(value, 'streetAndNumber', path),
    zip: text(value, 'zip', path),
    municipality: text(value, 'municipality', path),
  };
}

function contact(object: JsonObject): ApplicationContact {
  const path = '$.contact';
  const value = exactObject(object.contact, path, ['email'], ['phone']);
  const email = text(value, 'email', path, NON_EMPTY);
  return 'phone' in value ? { email, phone: text(value, 'phone', path, NON_EMPTY) } : { email };
}

function cardFiles(object: JsonObject): ApplicationCardFiles {
  const path = '$.cardFiles';
  const required = ['identity', 'identitySignature', 'address', 'addressSignature', 'rrnCertificate'];
  const value = exactObject(object.cardFiles, path, required, ['photo']);
  const hash = (name: string): string => text(value, name, path, SHA256_HEX);
  const hashes = {
    identity: hash('identity'),
    identitySignature: hash('identitySignature'),
    address: hash('address'),
    addressSignature: hash('addressSignature'),
    rrnCertificate: hash('rrnCertificate'),
  };
  return 'photo' in value ? { ...hashes, photo: hash('photo') } : hashes;
}

function issuedAt(object: JsonObject): string {
  const value = text(object, 'issuedAt', '$', ISO_UTC);
  if (Number.isNaN(Date.parse(value))) throw shapeError('$.issuedAt', 'not a date');
  return value;
}

/**
 * Parses the exact bytes of a signed account application (pki-and-signing.md §6.3): they must
 * be RFC 8785 canonical JSON (see `parseCanonicalJson`) of an object with exactly the members
 * of {@link AccountApplication}, `schema` equal to {@link ACCOUNT_APPLICATION_SCHEMA}, every
 * member of the right type and format (national number 11 digits, lower-case hex hashes and
 * chip number, `DD.MM.YYYY` validity end, a known language, ISO 8601 UTC `issuedAt`).
 * Anything else throws a {@link ParseError} naming the member's path, never its value.
 */
export function parseAccountApplication(bytes: Uint8Array): AccountApplication {
  const top = ['schema', 'sessionId', 'enrolmentId', 'applicant', 'address', 'contact', 'cardFiles'];
  const object = exactObject(parseCanonicalJson(bytes), '$', [...top, 'language', 'issuedAt']);
  if (object.schema !== ACCOUNT_APPLICATION_SCHEMA) throw shapeError('$.schema', 'unknown schema');
  const language = text(object, 'language', '$');
  if (!isLanguage(language)) throw shapeError('$.language', 'unknown language');
  return {
    schema: ACCOUNT_APPLICATION_SCHEMA,
    sessionId: text(object, 'sessionId', '$', NON_EMPTY),
    enrolmentId: text(object, 'enrolmentId', '$', NON_EMPTY),
    applicant: applicant(object),
    address: address(object),
    contact: contact(object),
    cardFiles: cardFiles(object),
    language: language satisfies Language,
    issuedAt: issuedAt(object),
  };
}
