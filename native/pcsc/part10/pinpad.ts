import type { PinpadChannel, PinpadVerifyRequest } from '../../belpic/card-channel.ts';
import { buildPinVerifyStructure } from './pin-verify-structure.ts';

/** Sends one SCardControl with its own timeout (the connection's guarded control path). */
export type SendControl = (code: number, data: Uint8Array, timeoutMs: number) => Promise<Uint8Array>;

/**
 * How long to wait for the reader's answer to a direct verify: the person has bTimerOut
 * seconds for the first digit and bTimerOut2 after it, plus a margin; 0 means "the reader's
 * default" (part 10 §2.5.2), for which we allow three minutes.
 */
export function pinpadTimeoutMs(request: PinpadVerifyRequest): number {
  return request.timeoutSeconds === 0 ? 180_000 : (2 * request.timeoutSeconds + 30) * 1000;
}

/**
 * The {@link PinpadChannel} of a reader advertising FEATURE_VERIFY_PIN_DIRECT with control code
 * `verifyPinDirect`: sends the PIN_VERIFY_STRUCTURE and resolves with the raw answer (the
 * card's SW, or the reader's own 6400/6401/6403/6B80, interpreted by native/belpic/).
 */
export function createPinpad(verifyPinDirect: number, send: SendControl): PinpadChannel {
  return {
    verifyPin: (request) => send(verifyPinDirect, buildPinVerifyStructure(request), pinpadTimeoutMs(request)),
  };
}
