import type { Language } from '../i18n/languages.ts';

/** The `schema` value of version 1 of the account application (pki-and-signing.md §6.3). */
export const ACCOUNT_APPLICATION_SCHEMA = 'eid-wizard/account-application/1';

/**
 * The card holder, copied from the RRN-signed identity file `4031` (belpic-protocol.md §4.2)
 * exactly as on the card: text is not trimmed or normalised (RFC 8785 does not normalise
 * Unicode either, pki-and-signing.md §6.3), dates are the card's raw strings.
 */
export interface ApplicationApplicant {
  /** Tag 06, 11 digits. */
  readonly nationalNumber: string;
  /** Tag 07. */
  readonly surname: string;
  /** Tag 08, as on the card (may end with a space). */
  readonly firstNames: string;
  /** Tag 09, `''` when none. */
  readonly thirdInitial: string;
  /** Tag 0C exactly as on the card, e.g. `14 JUL  1985`. */
  readonly birthDate: string;
  /** Tag 0A. */
  readonly nationality: string;
  /** Tag 01. */
  readonly cardNumber: string;
  /** Tag 02, lower-case hex. */
  readonly chipNumber: string;
  /** Tag 04 exactly as on the card, `DD.MM.YYYY`. */
  readonly cardValidityEnd: string;
  /** Tag 0F as a number (belpic-protocol.md §4.4). */
  readonly documentType: number;
}

/** The main residence from the RRN-signed address file `4033` (belpic-protocol.md §4.5). */
export interface ApplicationAddress {
  readonly streetAndNumber: string;
  readonly zip: string;
  readonly municipality: string;
}

/** What the person typed in the wizard (registration-flow.md step 4). */
export interface ApplicationContact {
  readonly email: string;
  /** Absent when not given (the member is left out, never `null`). */
  readonly phone?: string;
}

/**
 * Lower-case hex SHA-256 of each card file exactly as submitted, binding the application to
 * the re-verified card data (pki-and-signing.md §6.3). `photo` only when the photo is sent.
 */
export interface ApplicationCardFiles {
  readonly identity: string;
  readonly identitySignature: string;
  readonly address: string;
  readonly addressSignature: string;
  readonly rrnCertificate: string;
  readonly photo?: string;
}

/**
 * The account application the person signs with the non-repudiation key, version 1. It is
 * serialised with RFC 8785 (`canonicalJsonBytes`) and signed as a detached CAdES-BES
 * (pki-and-signing.md §1.2, §6.3–§6.4). Every member is required except `contact.phone` and
 * `cardFiles.photo`; no other member is allowed.
 */
export interface AccountApplication {
  readonly schema: typeof ACCOUNT_APPLICATION_SCHEMA;
  /** The desktop session the application belongs to (registration-flow.md "Desktop side"). */
  readonly sessionId: string;
  /** The phone enrolment the registration code was bound to. */
  readonly enrolmentId: string;
  readonly applicant: ApplicationApplicant;
  readonly address: ApplicationAddress;
  readonly contact: ApplicationContact;
  readonly cardFiles: ApplicationCardFiles;
  /** The wizard's language when the person signed. */
  readonly language: Language;
  /** When the wizard built the application, ISO 8601 UTC (`Date.prototype.toISOString`). */
  readonly issuedAt: string;
}
