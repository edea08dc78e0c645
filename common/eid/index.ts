/**
 * The Belgian eID data model and its pure parsers (belpic-protocol.md §1.4, §4): the
 * simplified-TLV files, the identity and address files, GET CARD DATA, national and card
 * numbers. Everything takes `Uint8Array` or strings, throws `ParseError` on malformed input
 * and reports accepted non-canonical input as `ParseWarning`s without field values.
 */
export { ADDRESS_TAG, parseAddressFile, type Address, type AddressFileResult } from './address-file.ts';
export { BIRTH_DATE_MONTHS, MONTH_BY_TOKEN } from './birth-date-months.ts';
export { parseBirthDate, type BirthDate } from './birth-date.ts';
export {
  APPLET_LIFE_CYCLES,
  CARD_DATA_LENGTH,
  parseCardData,
  type AppletLifeCycle,
  type CardData,
} from './card-data.ts';
export { parseCardDate, type CardDate } from './card-date.ts';
export { formatCardNumber } from './card-number.ts';
export {
  DOCUMENT_KINDS,
  isForeignerCard,
  isKidsCard,
  parseDocumentType,
  type DocumentKind,
  type DocumentType,
} from './document-type.ts';
export type { FieldOrigin } from './field-origin.ts';
export { GENDER_CODES, parseGender, type Gender } from './gender.ts';
export { parseIdentityFile, type IdentityFileResult } from './identity-file.ts';
export { IDENTITY_RECORD_TAGS, IDENTITY_TAG } from './identity-tags.ts';
export type { Identity } from './identity.ts';
export {
  BREXIT_MENTIONS,
  CARD_A_MENTIONS,
  parseMention,
  SPECIAL_ORGANISATIONS,
  WORK_PERMIT_MENTIONS,
  type Mention,
} from './mentions.ts';
export {
  formatNationalNumber,
  isValidNationalNumber,
  normalizeNationalNumber,
  parseNationalNumber,
  type CenturyRule,
  type NationalNumber,
  type NationalNumberError,
  type NationalNumberKind,
  type NationalNumberResult,
} from './national-number.ts';
export {
  parsePhotoHash,
  PHOTO_HASH_ALGORITHM_BY_LENGTH,
  type PhotoHash,
  type PhotoHashAlgorithm,
} from './photo-hash.ts';
export { parseProtection, type Protection } from './protection.ts';
export { NO_SPECIAL_STATUS, parseSpecialStatus, type SpecialStatus } from './special-status.ts';
export { parseTlvFile, tagLabel, type TlvFile, type TlvRecord } from './tlv-file.ts';
