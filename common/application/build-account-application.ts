import type { Address } from '../eid/address-file.ts';
import type { Identity } from '../eid/identity.ts';
import type { Language } from '../i18n/languages.ts';
import { canonicalJsonBytes } from '../json/canonical-json.ts';
import {
  ACCOUNT_APPLICATION_SCHEMA,
  type AccountApplication,
  type ApplicationAddress,
  type ApplicationApplicant,
  type ApplicationCardFiles,
  type ApplicationContact,
} from './account-application.ts';
import { toLowerHex } from './lower-hex.ts';

/** What {@link buildAccountApplication} needs; card data as parsed from the RRN-signed files. */
export interface AccountApplicationInput {
  readonly identity: Identity;
  readonly address: Address;
  readonly sessionId: string;
  readonly enrolmentId: string;
  readonly contact: ApplicationContact;
  readonly cardFiles: ApplicationCardFiles;
  readonly language: Language;
  readonly issuedAt: Date;
}

/** The applicant part of an application, from a parsed identity file (belpic-protocol.md §4.2). */
export function applicantFromIdentity(identity: Identity): ApplicationApplicant {
  return {
    nationalNumber: identity.nationalNumber,
    surname: identity.surname,
    firstNames: identity.firstNames,
    thirdInitial: identity.thirdInitial,
    birthDate: identity.birthDate.raw,
    nationality: identity.nationality,
    cardNumber: identity.cardNumber,
    chipNumber: toLowerHex(identity.chipNumber),
    cardValidityEnd: identity.validityEnd.raw,
    documentType: identity.documentType.code,
  };
}

/** The address part of an application, from a parsed address file (belpic-protocol.md §4.5). */
export function addressFromCard(address: Address): ApplicationAddress {
  return {
    streetAndNumber: address.streetAndNumber,
    zip: address.zip,
    municipality: address.municipality,
  };
}

/**
 * The account application (pki-and-signing.md §6.3) from the parsed card files, the
 * session's ids, the contact data and the hashes of the files that will be submitted. An
 * absent phone (or an absent photo hash) leaves the member out. Serialise with
 * {@link accountApplicationBytes}, never with `JSON.stringify`.
 */
export function buildAccountApplication(input: AccountApplicationInput): AccountApplication {
  const { contact } = input;
  return {
    schema: ACCOUNT_APPLICATION_SCHEMA,
    sessionId: input.sessionId,
    enrolmentId: input.enrolmentId,
    applicant: applicantFromIdentity(input.identity),
    address: addressFromCard(input.address),
    contact:
      contact.phone === undefined ? { email: contact.email } : { email: contact.email, phone: contact.phone },
    cardFiles: withoutUndefinedPhoto(input.cardFiles),
    language: input.language,
    issuedAt: input.issuedAt.toISOString(),
  };
}

function withoutUndefinedPhoto(files: ApplicationCardFiles): ApplicationCardFiles {
  const { photo, ...rest } = files;
  return photo === undefined ? rest : { ...rest, photo };
}

/** The exact bytes that are signed and sent: RFC 8785 canonical JSON, UTF-8. */
export function accountApplicationBytes(application: AccountApplication): Uint8Array {
  return canonicalJsonBytes(application);
}
