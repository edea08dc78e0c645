/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): the exact bytes of the account application
 * that the card signs (pki-and-signing.md §6.3), and a strict parser that accepts only
 * canonical input.
 */
export { CanonicalJsonError } from './canonical-json-error.ts';
export {
  canonicalizeJson,
  canonicalJsonBytes,
  compareUtf16,
  serializeJsonNumber,
  type JsonObject,
  type JsonValue,
} from './canonical-json.ts';
export { serializeJsonString } from './json-string.ts';
export { parseCanonicalJson } from './parse-canonical-json.ts';
export { encodeUtf8 } from './utf8-encode.ts';
