import { decodeBytes, encodeBytes } from './byte-codec.ts';
import { ContractError } from './contract-error.ts';
import type { Envelope } from './envelope.ts';

/**
 * The frame format of text transports (the loopback WebSocket): one envelope per frame, as
 * JSON, with bytes as `$bytes` objects (`byte-codec.ts`). Both ends bound the frame length.
 */

/** The default largest frame, in UTF-16 code units: 1 Mi, far above a photo plus certificates. */
export const DEFAULT_MAX_FRAME_CHARS = 1024 * 1024;

/** `envelope` as a frame. Throws a `ContractError` `message-too-large` over `maxChars`. */
export function encodeTextFrame(envelope: Envelope, maxChars = DEFAULT_MAX_FRAME_CHARS): string {
  const text = JSON.stringify(encodeBytes(envelope));
  if (text.length > maxChars) throw ContractError.of('message-too-large', { maxChars });
  return text;
}

/**
 * The message in a received frame, not yet validated (that is the contract layer's job).
 * Throws a `ContractError`: `message-too-large` over `maxChars` (checked before parsing),
 * `bad-envelope` for anything that is not JSON with well-formed `$bytes` objects.
 */
export function decodeTextFrame(text: string, maxChars = DEFAULT_MAX_FRAME_CHARS): unknown {
  if (text.length > maxChars) throw ContractError.of('message-too-large', { maxChars });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw ContractError.of('bad-envelope', { reason: 'not-json' });
  }
  return decodeBytes(parsed);
}
