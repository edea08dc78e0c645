import type { BirthDate } from './birth-date.ts';
import type { CardDate } from './card-date.ts';
import type { DocumentType } from './document-type.ts';
import type { Gender } from './gender.ts';
import type {
  BREXIT_MENTIONS,
  CARD_A_MENTIONS,
  Mention,
  SPECIAL_ORGANISATIONS,
  WORK_PERMIT_MENTIONS,
} from './mentions.ts';
import type { PhotoHash } from './photo-hash.ts';
import type { Protection } from './protection.ts';
import type { SpecialStatus } from './special-status.ts';

/** What a mention table maps to. */
type KindOf<Table> = Table[keyof Table] & string;

/**
 * The content of the identity file `3F00/DF01/4031`, one property per tag of
 * belpic-protocol.md §4.2 (tag in brackets). Text is as on the card, after UTF-8 decoding;
 * tags `12`–`1F` are `undefined` when the card does not carry them (Belgian cards).
 */
export interface Identity {
  /** [00] File structure version as a number, when the file starts with one (§4.1). */
  readonly fileStructureVersion: number | undefined;
  /** [01] Card number as on the card; see `formatCardNumber` for the printed form. */
  readonly cardNumber: string;
  /** [02] Chip number, equal to the GET CARD DATA serial. */
  readonly chipNumber: Uint8Array;
  /** [03] First day of validity. */
  readonly validityBegin: CardDate;
  /** [04] Last day of validity. */
  readonly validityEnd: CardDate;
  /** [05] Municipality that delivered the card. */
  readonly issuingMunicipality: string;
  /** [06] National Register number, 11 digits; see `parseNationalNumber`. */
  readonly nationalNumber: string;
  /** [07] Surname. */
  readonly surname: string;
  /** [08] First two given names exactly as on the card (may end with a space). */
  readonly firstNames: string;
  /** [08] The first names without leading or trailing white space. */
  readonly firstNamesTrimmed: string;
  /** [09] First letter of the third given name, `''` when none. */
  readonly thirdInitial: string;
  /** [0A] Nationality, in the card's language. */
  readonly nationality: string;
  /** [0B] Birth place. */
  readonly birthPlace: string;
  /** [0C] Birth date (§4.3), possibly partial. */
  readonly birthDate: BirthDate;
  /** [0D] Sex. */
  readonly gender: Gender;
  /** [0D] The one-letter code as on the card (`M`, `F`, `V`, `W`). */
  readonly genderCode: string;
  /** [0E] Noble condition, `''` when none. */
  readonly nobility: string;
  /** [0F] Document type (§4.4). */
  readonly documentType: DocumentType;
  /** [10] Special status; code 0 when the tag is absent. */
  readonly specialStatus: SpecialStatus;
  /** [11] Hash of the photo file `4035` and its algorithm. */
  readonly photoHash: PhotoHash;
  /** [12] Duplicate number, e.g. `02`. */
  readonly duplicate: string | undefined;
  /** [13] Special organisation. */
  readonly specialOrganisation: Mention<KindOf<typeof SPECIAL_ORGANISATIONS>> | undefined;
  /** [14] Member of family: true when the record is present. */
  readonly memberOfFamily: boolean;
  /** [15] Date and country of protection. */
  readonly protection: Protection | undefined;
  /** [16] Work permit (labour market) mention. */
  readonly workPermitMention: Mention<KindOf<typeof WORK_PERMIT_MENTIONS>> | undefined;
  /** [17] Employer VAT/BCE number 1. */
  readonly employerVat1: string | undefined;
  /** [18] Employer VAT/BCE number 2. */
  readonly employerVat2: string | undefined;
  /** [19] Regional file number. */
  readonly regionalFileNumber: string | undefined;
  /** [1A] SHA-384 of the basic public key file `4040` (1.8 cards). */
  readonly basicKeyHash: Uint8Array | undefined;
  /** [1B] Brexit mention 1. */
  readonly brexitMention1: Mention<KindOf<typeof BREXIT_MENTIONS>> | undefined;
  /** [1C] Brexit mention 2. */
  readonly brexitMention2: Mention<KindOf<typeof BREXIT_MENTIONS>> | undefined;
  /** [1D] A-card mention 1. */
  readonly cardAMention1: Mention<KindOf<typeof CARD_A_MENTIONS>> | undefined;
  /** [1E] A-card mention 2. */
  readonly cardAMention2: Mention<KindOf<typeof CARD_A_MENTIONS>> | undefined;
  /** [1F] EU registration date (EU card) or permanent-stay date (EU+ card). */
  readonly euStartDate: CardDate | undefined;
}
