import { ApiError } from '../../../http/api-error.ts';
import { requireDerSequence } from '../../../http/decode.ts';
import { decodeStrictBase64 } from '../../../verification/strict-base64.ts';

/**
 * `decodeBase64Field` of server/http/decode.ts with the same strictness (standard padded
 * base64, no whitespace, canonical) but Node's decoder (`decodeStrictBase64`): a submission
 * carries some 10 kB of base64, which the portable decoder of `common/` takes about 0.3 ms
 * to read. Throws `malformed-base64`.
 */
export function base64Field(value: string): Uint8Array {
  const bytes = decodeStrictBase64(value);
  if (bytes === undefined) throw new ApiError('malformed-base64');
  return bytes;
}

/** {@link base64Field}, then exactly one DER SEQUENCE (`requireDerSequence`, else `malformed-der`). */
export function derField(value: string): Uint8Array {
  return requireDerSequence(base64Field(value));
}
