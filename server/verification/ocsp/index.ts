/** OCSP revocation checks of holder certificates (RFC 6960; pki-and-signing.md §2.3–§2.5). */
export {
  ocspErrorCode,
  OcspChecker,
  type OcspCheckInput,
  type OcspCheckerEffects,
  type OcspOutcome,
  type RevocationChecker,
} from './ocsp-checker.ts';
export {
  BELGIAN_OCSP_PREFIXES,
  MAX_OCSP_RESPONSE_BYTES,
  OCSP_DEFAULTS,
  type OcspConfig,
} from './ocsp-config.ts';
export { postOcspRequest, type FetchFunction, type OcspHttpResult } from './ocsp-http.ts';
export { buildOcspRequest, OCSP_NONCE_OID, type BuiltOcspRequest } from './ocsp-request.ts';
export {
  evaluateOcspResponse,
  type OcspResponseExpectation,
  type OcspResponseVerdict,
} from './ocsp-response.ts';
export { isAllowedResponderUrl, ocspUrls } from './ocsp-url.ts';
