import { BelpicError } from '../belpic-error.ts';

/** A response APDU split into its data field and status word (ISO/IEC 7816-4 §5.1). */
export interface ResponseApdu {
  readonly data: Uint8Array;
  /** SW1 ‖ SW2 as one number, e.g. 0x9000. */
  readonly sw: number;
}

/**
 * Splits `data ‖ SW1 SW2`. Fewer than 2 bytes is not a response: pcscd returns 0 bytes the
 * first time it loses a card mid-APDU (measured with vpcd, docs/virtual-card.md), so this is
 * a typed failure, never a status word read past the end.
 */
export function parseResponse(raw: Uint8Array, operation: string): ResponseApdu {
  if (raw.length < 2) throw new BelpicError('malformed-response', { operation });
  const n = raw.length;
  return { data: raw.subarray(0, n - 2), sw: ((raw[n - 2] as number) << 8) | (raw[n - 1] as number) };
}
