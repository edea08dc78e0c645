/**
 * The Web eID authentication token `web-eid:1.0` (pki-and-signing.md §5): the digest the card
 * signs and the token the wizard sends, so that standard Web eID validators can check it.
 */
export {
  isWebEidAlgorithm,
  WEB_EID_ALGORITHMS,
  webEidAlgorithmForKey,
  type WebEidAlgorithm,
  type WebEidAlgorithmSpec,
} from './web-eid-algorithms.ts';
export { webEidDigest, webEidSignedData } from './web-eid-digest.ts';
export {
  buildWebEidToken,
  WEB_EID_FORMAT,
  type WebEidToken,
  type WebEidTokenInput,
} from './web-eid-token.ts';
