/**
 * Cryptographic verification of the registration service (pki-and-signing.md §1–§5, §7): the
 * Web eID token, the card files, the signing certificate, the CAdES-BES over the canonical
 * application, and OCSP. Routes use the {@link Verifier} interface only.
 */
export { createVerifier, DEFAULT_TOKEN_ALGORITHMS, type VerifierOptions } from './create-verifier.ts';
export {
  BELGIAN_OCSP_PREFIXES,
  OcspChecker,
  ocspErrorCode,
  type OcspCheckInput,
  type OcspConfig,
  type OcspOutcome,
  type RevocationChecker,
} from './ocsp/index.ts';
export type {
  AuthenticationInput,
  AuthenticationResult,
  SubmissionInput,
  SubmissionResult,
  Verifier,
  WebEidToken,
} from './verifier.ts';
