/**
 * The account application the card holder signs (pki-and-signing.md §6.3): its version-1
 * model, building it from the card files, the strict parser of its canonical bytes, and the
 * comparison with the card data the service re-verified.
 */
export {
  ACCOUNT_APPLICATION_SCHEMA,
  type AccountApplication,
  type ApplicationAddress,
  type ApplicationApplicant,
  type ApplicationCardFiles,
  type ApplicationContact,
} from './account-application.ts';
export {
  accountApplicationBytes,
  addressFromCard,
  applicantFromIdentity,
  buildAccountApplication,
  type AccountApplicationInput,
} from './build-account-application.ts';
export { hashCardFiles, type SubmittedCardFiles } from './card-file-hashes.ts';
export { compareApplicationWithCard, type ApplicationExpectation } from './compare-with-card.ts';
export { toLowerHex } from './lower-hex.ts';
export { parseAccountApplication } from './parse-account-application.ts';
