/** Tags of the identity file `3F00/DF01/4031`, belpic-protocol.md §4.2 / [IDADR5] (encoding, max length). */
export const IDENTITY_TAG = {
  /** File structure version (binary, 2); only as first record (§4.1). */
  FILE_STRUCTURE_VERSION: 0x00,
  /** Card number (ASCII, 12): 12 digits for Belgians, letter + 9 digits or 9 digits for foreigners. */
  CARD_NUMBER: 0x01,
  /** Chip number (binary, 16): the GET CARD DATA serial. */
  CHIP_NUMBER: 0x02,
  /** Card validity begin (ASCII, 10): `DD.MM.YYYY`. */
  VALIDITY_BEGIN: 0x03,
  /** Card validity end (ASCII, 10): `DD.MM.YYYY`. */
  VALIDITY_END: 0x04,
  /** Card delivery municipality (UTF-8, 47/80). */
  ISSUING_MUNICIPALITY: 0x05,
  /** National Register number (ASCII, 11): `YYMMDDsssCC`. */
  NATIONAL_NUMBER: 0x06,
  /** Surname (UTF-8, 90/110). */
  SURNAME: 0x07,
  /** First two given names (UTF-8, 75/95); may carry a trailing space. */
  FIRST_NAMES: 0x08,
  /** First letter of the third given name (UTF-8, 3); often length 0. */
  THIRD_INITIAL: 0x09,
  /** Nationality (UTF-8, 65/85), in the card's language. */
  NATIONALITY: 0x0a,
  /** Birth place (UTF-8, 60/80). */
  BIRTH_PLACE: 0x0b,
  /** Birth date (UTF-8, 12): §4.3. */
  BIRTH_DATE: 0x0c,
  /** Sex (ASCII, 1): `M`, or `F`/`V`/`W` for female. */
  GENDER: 0x0d,
  /** Noble condition (UTF-8, 30/50); often length 0. */
  NOBILITY: 0x0e,
  /** Document type (ASCII, 2): §4.4. */
  DOCUMENT_TYPE: 0x0f,
  /** Special status (ASCII, 1/2): `0`–`5`. */
  SPECIAL_STATUS: 0x10,
  /** Hash of EF(Photo) `4035` (binary, 20/32/48). */
  PHOTO_HASH: 0x11,
  /** Duplicate number (ASCII, 2). */
  DUPLICATE: 0x12,
  /** Special organisation (ASCII, 1). */
  SPECIAL_ORGANISATION: 0x13,
  /** Member of family (presence with length 0 = true). */
  MEMBER_OF_FAMILY: 0x14,
  /** Date and country of protection (ASCII, 13): `dd.MM.yyyy-A2`. */
  DATE_AND_COUNTRY_OF_PROTECTION: 0x15,
  /** Work permit (labour market) mention (ASCII, 1). */
  WORK_PERMIT_MENTION: 0x16,
  /** Employer VAT/BCE number 1 (ASCII, 13): `xxxx.xxx.xxx`. */
  EMPLOYER_VAT_1: 0x17,
  /** Employer VAT/BCE number 2 (ASCII, 13). */
  EMPLOYER_VAT_2: 0x18,
  /** Regional file number (ASCII, 18). */
  REGIONAL_FILE_NUMBER: 0x19,
  /** SHA-384 of EF(PuK#1 Basic) `4040` (binary, 48); 1.8 only. */
  BASIC_KEY_HASH: 0x1a,
  /** Brexit mention 1 (ASCII, 1): `B`. */
  BREXIT_MENTION_1: 0x1b,
  /** Brexit mention 2 (ASCII, 1): `C`. */
  BREXIT_MENTION_2: 0x1c,
  /** A-card mention 1 (ASCII, 1). */
  CARD_A_MENTION_1: 0x1d,
  /** A-card mention 2 (ASCII, 1): `K`. */
  CARD_A_MENTION_2: 0x1e,
  /** EU registration / permanent-stay date (ASCII, 10): `DD.MM.YYYY`. */
  EU_START_DATE: 0x1f,
} as const;

/** Every tag of {@link IDENTITY_TAG} except `00` (handled by the TLV parser): the records a parser reads. */
export const IDENTITY_RECORD_TAGS: ReadonlySet<number> = new Set(
  Object.values(IDENTITY_TAG).filter((tag) => tag !== IDENTITY_TAG.FILE_STRUCTURE_VERSION),
);
