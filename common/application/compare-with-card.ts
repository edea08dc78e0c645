import type { Address } from '../eid/address-file.ts';
import type { Identity } from '../eid/identity.ts';
import type { AccountApplication, ApplicationCardFiles, ApplicationContact } from './account-application.ts';
import { addressFromCard, applicantFromIdentity } from './build-account-application.ts';

/** What an application is compared with; leave out what the caller does not check. */
export interface ApplicationExpectation {
  /** The RRN-signed identity and address files, parsed. */
  readonly identity: Identity;
  readonly address: Address;
  /** The contact data sent with the submission. */
  readonly contact?: ApplicationContact;
  /** The session the submission came in on. */
  readonly session?: { readonly id: string; readonly enrolmentId: string };
  /** Hashes of the card files actually received (`hashCardFiles`). */
  readonly cardFiles?: ApplicationCardFiles;
}

function differing<T extends object>(prefix: string, actual: T, expected: T): string[] {
  const a = actual as Readonly<Record<string, unknown>>;
  const b = expected as Readonly<Record<string, unknown>>;
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((name) => a[name] !== b[name]).map((name) => `${prefix}.${name}`);
}

/**
 * The JSON paths (`applicant.surname`, `contact.phone`, `enrolmentId`, `cardFiles.photo`, ...)
 * where `application` differs from what the card and the session say, in document order;
 * empty when everything matches. Text is compared exactly (no trimming, no Unicode
 * normalisation): the wizard copies it from the card unchanged (pki-and-signing.md §6.3). A
 * member present on one side only (phone, photo hash) is a difference.
 */
export function compareApplicationWithCard(
  application: AccountApplication,
  expected: ApplicationExpectation,
): readonly string[] {
  const paths: string[] = [];
  if (expected.session !== undefined) {
    if (application.sessionId !== expected.session.id) paths.push('sessionId');
    if (application.enrolmentId !== expected.session.enrolmentId) paths.push('enrolmentId');
  }
  paths.push(...differing('applicant', application.applicant, applicantFromIdentity(expected.identity)));
  paths.push(...differing('address', application.address, addressFromCard(expected.address)));
  if (expected.contact !== undefined)
    paths.push(...differing('contact', application.contact, expected.contact));
  if (expected.cardFiles !== undefined) {
    paths.push(...differing('cardFiles', application.cardFiles, expected.cardFiles));
  }
  return paths;
}
