/** Standard base64 characters only, `=` only at the end: no whitespace, no URL-safe alphabet. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes standard padded base64 (RFC 4648 §4) with exactly the strictness of the API's
 * fields (server/http/decode.ts: the alphabet, no whitespace, then `common/pki/decodeBase64`:
 * `=` only as the final padding, a length that is a multiple of 4, zero padding bits), i.e.
 * exactly the canonical encodings; but through Node's `Buffer`, some 100× faster than the
 * portable decoder of `common/` (which cannot use Buffer). A canonical encoding is the only one
 * that encodes back to itself, which is what is checked. `undefined` when `text` is not one.
 * The bytes are a fresh array (not a view of Buffer's shared pool).
 */
export function decodeStrictBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) return undefined;
  return new Uint8Array(bytes);
}
