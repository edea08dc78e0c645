import type { ParseWarning } from '../binary/parse-error.ts';
import { parseBirthDate } from './birth-date.ts';
import { parseCardDate } from './card-date.ts';
import { parseDocumentType } from './document-type.ts';
import { fieldError, type FieldOrigin } from './field-origin.ts';
import { parseGender } from './gender.ts';
import type { Identity } from './identity.ts';
import { IDENTITY_RECORD_TAGS, IDENTITY_TAG as TAG } from './identity-tags.ts';
import {
  BREXIT_MENTIONS,
  CARD_A_MENTIONS,
  parseMention,
  SPECIAL_ORGANISATIONS,
  WORK_PERMIT_MENTIONS,
} from './mentions.ts';
import { isValidNationalNumber } from './national-number.ts';
import { parsePhotoHash } from './photo-hash.ts';
import { parseProtection } from './protection.ts';
import { NO_SPECIAL_STATUS, parseSpecialStatus } from './special-status.ts';
import { TlvFields } from './tlv-fields.ts';

/** An identity and the non-canonical things found while reading it (no field values in them). */
export interface IdentityFileResult {
  readonly identity: Identity;
  /** Warnings sorted by file offset. */
  readonly warnings: readonly ParseWarning[];
}

/** Records every identity file has (§4.2; the virtual card and all sample files carry `01`–`11`). */
const MANDATORY_TAGS: readonly number[] = [
  TAG.CARD_NUMBER,
  TAG.CHIP_NUMBER,
  TAG.VALIDITY_BEGIN,
  TAG.VALIDITY_END,
  TAG.ISSUING_MUNICIPALITY,
  TAG.NATIONAL_NUMBER,
  TAG.SURNAME,
  TAG.FIRST_NAMES,
  TAG.NATIONALITY,
  TAG.BIRTH_PLACE,
  TAG.BIRTH_DATE,
  TAG.GENDER,
  TAG.DOCUMENT_TYPE,
  TAG.PHOTO_HASH,
];

/** Chip number length: the 16-byte GET CARD DATA serial (§4.2 tag `02`, §1.4). */
const CHIP_NUMBER_LENGTH = 16;
/** Basic key hash length: SHA-384 (§4.2 tag `1A`). */
const BASIC_KEY_HASH_LENGTH = 48;

/**
 * Parses EF(ID#RN) `3F00/DF01/4031`, belpic-protocol.md §4.2 / [IDADR5]: the simplified TLV of
 * §4.1 with tags `01`–`1F` (see {@link IDENTITY_TAG}). Mandatory: `01`–`08`, `0A`–`0D`, `0F`,
 * `11`; `09`, `0E` default to `''` and `10` to code 0; `12`–`1F` are optional. A missing
 * mandatory record or a value not in its documented format (dates, document type, national
 * number digits, hash lengths) throws a {@link ParseError}; unknown codes in enumerations are
 * kept as `unknown`. Unknown tags, invalid UTF-8, a national number that does not validate, a
 * chip number not 16 bytes long and a non-empty member-of-family record are warnings. Byte
 * values (chip number, hashes) are copies, not views into `bytes`.
 */
export function parseIdentityFile(bytes: Uint8Array): IdentityFileResult {
  const fields = new TlvFields(bytes, 'identity file', IDENTITY_RECORD_TAGS);
  const required = <T>(tag: number, parse: (text: string, origin: FieldOrigin) => T): T =>
    parse(fields.requiredText(tag), fields.origin(tag));
  const optional = <T>(tag: number, parse: (text: string, origin: FieldOrigin) => T): T | undefined => {
    const text = fields.text(tag);
    return text === undefined ? undefined : parse(text, fields.origin(tag));
  };
  fields.requireAll(MANDATORY_TAGS);
  const firstNames = fields.requiredText(TAG.FIRST_NAMES);
  const genderCode = fields.requiredText(TAG.GENDER);
  const identity: Identity = {
    fileStructureVersion: fields.fileStructureVersion(),
    cardNumber: fields.requiredText(TAG.CARD_NUMBER),
    chipNumber: chipNumber(fields),
    validityBegin: required(TAG.VALIDITY_BEGIN, parseCardDate),
    validityEnd: required(TAG.VALIDITY_END, parseCardDate),
    issuingMunicipality: fields.requiredText(TAG.ISSUING_MUNICIPALITY),
    nationalNumber: nationalNumber(fields),
    surname: fields.requiredText(TAG.SURNAME),
    firstNames,
    firstNamesTrimmed: firstNames.trim(),
    thirdInitial: fields.text(TAG.THIRD_INITIAL) ?? '',
    nationality: fields.requiredText(TAG.NATIONALITY),
    birthPlace: fields.requiredText(TAG.BIRTH_PLACE),
    birthDate: required(TAG.BIRTH_DATE, parseBirthDate),
    gender: parseGender(genderCode),
    genderCode,
    nobility: fields.text(TAG.NOBILITY) ?? '',
    documentType: required(TAG.DOCUMENT_TYPE, parseDocumentType),
    specialStatus: optional(TAG.SPECIAL_STATUS, parseSpecialStatus) ?? NO_SPECIAL_STATUS,
    photoHash: parsePhotoHash(fields.requiredBytes(TAG.PHOTO_HASH).slice(), fields.origin(TAG.PHOTO_HASH)),
    duplicate: fields.text(TAG.DUPLICATE),
    specialOrganisation: optional(TAG.SPECIAL_ORGANISATION, mention(SPECIAL_ORGANISATIONS)),
    memberOfFamily: memberOfFamily(fields),
    protection: optional(TAG.DATE_AND_COUNTRY_OF_PROTECTION, parseProtection),
    workPermitMention: optional(TAG.WORK_PERMIT_MENTION, mention(WORK_PERMIT_MENTIONS)),
    employerVat1: fields.text(TAG.EMPLOYER_VAT_1),
    employerVat2: fields.text(TAG.EMPLOYER_VAT_2),
    regionalFileNumber: fields.text(TAG.REGIONAL_FILE_NUMBER),
    basicKeyHash: basicKeyHash(fields),
    brexitMention1: optional(TAG.BREXIT_MENTION_1, mention(BREXIT_MENTIONS)),
    brexitMention2: optional(TAG.BREXIT_MENTION_2, mention(BREXIT_MENTIONS)),
    cardAMention1: optional(TAG.CARD_A_MENTION_1, mention(CARD_A_MENTIONS)),
    cardAMention2: optional(TAG.CARD_A_MENTION_2, mention(CARD_A_MENTIONS)),
    euStartDate: optional(TAG.EU_START_DATE, parseCardDate),
  };
  return { identity, warnings: fields.warnings.sort((a, b) => a.offset - b.offset) };
}

/** A field parser for a one-character mention table. */
function mention<Table extends Readonly<Record<string, string>>>(table: Table) {
  return (code: string) => parseMention(table, code);
}

/** Tag `1A` (1.8 cards): a SHA-384 hash, 48 bytes, or a {@link ParseError}. */
function basicKeyHash(fields: TlvFields): Uint8Array | undefined {
  const value = fields.bytes(TAG.BASIC_KEY_HASH);
  if (value !== undefined && value.length !== BASIC_KEY_HASH_LENGTH) {
    throw fieldError(fields.origin(TAG.BASIC_KEY_HASH), `basic key hash is ${value.length} bytes, not 48`);
  }
  return value?.slice();
}

/** Tag `02`; a length other than 16 is accepted with a warning. */
function chipNumber(fields: TlvFields): Uint8Array {
  const value = fields.requiredBytes(TAG.CHIP_NUMBER);
  if (value.length !== CHIP_NUMBER_LENGTH) {
    const { offset } = fields.origin(TAG.CHIP_NUMBER);
    fields.warnings.push({
      offset,
      message: `chip number is ${value.length} bytes, not ${CHIP_NUMBER_LENGTH}`,
    });
  }
  return value.slice();
}

/** Tag `06`: 11 digits or a {@link ParseError}; a check number that does not match is a warning. */
function nationalNumber(fields: TlvFields): string {
  const value = fields.requiredText(TAG.NATIONAL_NUMBER);
  const origin = fields.origin(TAG.NATIONAL_NUMBER);
  if (!/^\d{11}$/.test(value)) throw fieldError(origin, 'national number is not 11 digits');
  if (!isValidNationalNumber(value)) {
    fields.warnings.push({ offset: origin.offset, message: 'national number does not validate' });
  }
  return value;
}

/** Tag `14`: presence means true; §4.2 specifies length 0, so a value is a warning. */
function memberOfFamily(fields: TlvFields): boolean {
  const value = fields.bytes(TAG.MEMBER_OF_FAMILY);
  if (value !== undefined && value.length > 0) {
    fields.warnings.push({
      offset: fields.origin(TAG.MEMBER_OF_FAMILY).offset,
      message: 'member of family has a value',
    });
  }
  return value !== undefined;
}
