import { ParseError } from '../../common/binary/parse-error.ts';
import { DER_TAG, readDerHeader } from '../../common/der/der-header.ts';
import { decodeStrictBase64 } from '../verification/strict-base64.ts';
import { ApiError } from './api-error.ts';

/**
 * Decodes a base64 field of a request body (RFC 4648 §4, padded, no whitespace, canonical)
 * or throws `malformed-base64`. The schema already bounded its length. Node's decoder through
 * `decodeStrictBase64`: a submission carries some 10 kB of base64.
 */
export function decodeBase64Field(value: string): Uint8Array {
  const bytes = decodeStrictBase64(value);
  if (bytes === undefined) throw new ApiError('malformed-base64');
  return bytes;
}

/**
 * Checks that `bytes` are exactly one DER SEQUENCE (a certificate, a CMS ContentInfo) with
 * nothing after it, or throws `malformed-der`. A cheap shape check before anything is
 * verified; the verifier parses the content.
 */
export function requireDerSequence(bytes: Uint8Array): Uint8Array {
  try {
    const header = readDerHeader(bytes, 0, 'DER field');
    if (header.tag === DER_TAG.sequence && header.end === bytes.length) return bytes;
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
  }
  throw new ApiError('malformed-der');
}

/** {@link decodeBase64Field} then {@link requireDerSequence}. */
export function decodeDerField(value: string): Uint8Array {
  return requireDerSequence(decodeBase64Field(value));
}
