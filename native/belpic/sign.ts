import type { CardChannel } from './card-channel.ts';
import type { AppletProfile } from './applet-profiles.ts';
import { BelpicError } from './belpic-error.ts';
import { commandWithData } from './apdu/command-apdu.ts';
import { exchange } from './apdu/exchange.ts';
import { parseResponse } from './apdu/response-apdu.ts';
import { statusError } from './status-words.ts';
import { verifyPin, type PinEntry } from './verify-pin.ts';
import { DIGEST_LENGTH, digestInfo } from '../../common/der/digest-info.ts';
import type { HashName } from '../../common/platform/web-crypto.ts';

/** Key references of the two user keys (§2.1, §7.1). */
export const KEY_REFERENCE = {
  /** 82: authentication key, PIN "once" per card session. */
  authentication: 0x82,
  /** 83: non-repudiation key, PIN "just before" every signature. */
  nonRepudiation: 0x83,
} as const;

export type UserKey = keyof typeof KEY_REFERENCE;

/** MSE SET for signing: `00 22 41 B6 05 04 80 <alg> 84 <key>` (RM17 §6.7, RM18 §6.12; §7.1). */
export function mseSetCommand(algorithmReference: number, keyReference: number): Uint8Array {
  return commandWithData(
    { cla: 0x00, ins: 0x22, p1: 0x41, p2: 0xb6 },
    Uint8Array.of(0x04, 0x80, algorithmReference, 0x84, keyReference),
  );
}

/** PSO: COMPUTE DIGITAL SIGNATURE `00 2A 9E 9A Lc <DTBS>`, no Le on T=0 (§7.2). */
export function psoComputeSignatureCommand(dtbs: Uint8Array): Uint8Array {
  return commandWithData({ cla: 0x00, ins: 0x2a, p1: 0x9e, p2: 0x9a }, dtbs);
}

/** What to sign and how the PIN is given. */
export interface SignRequest {
  readonly key: UserKey;
  readonly hash: HashName;
  /** The digest computed off-card (the card never hashes, §7.1). */
  readonly digest: Uint8Array;
  /**
   * The PIN. Mandatory for the non-repudiation key ("PIN just before", §6.3); for the
   * authentication key it may be omitted when the PIN was verified earlier in this session.
   */
  readonly pin?: PinEntry;
}

/**
 * Signs with a user key: MSE SET → VERIFY → PSO:CDS (→ GET RESPONSE) in one exclusive section,
 * with nothing in between (§6.3 host consequence, §7.3). The DTBS is the DigestInfo ‖ hash on
 * RSA applets (ref 01) and the bare hash on ECDSA applets (ref 40). Returns the card's
 * signature as it came: a PKCS#1 v1.5 signature (RS256/RS384/RS512 in JWS terms) or raw r‖s
 * (ES384 in JWS terms), never DER.
 */
export async function signWithUserKey(
  channel: CardChannel,
  profile: AppletProfile,
  request: SignRequest,
): Promise<Uint8Array> {
  try {
    if (request.digest.length !== DIGEST_LENGTH[request.hash]) {
      throw new RangeError(`a ${request.hash} digest is ${DIGEST_LENGTH[request.hash]} bytes`);
    }
    if (request.key === 'nonRepudiation' && !request.pin) {
      throw new BelpicError('security-status-not-satisfied', {
        operation: 'PSO:CDS (non-repudiation needs the PIN)',
      });
    }
    const dtbs =
      profile.signatureInput === 'digest-info' ? digestInfo(request.hash, request.digest) : request.digest;
    const run = async (): Promise<Uint8Array> => {
      const mse = parseResponse(
        await channel.transmit(mseSetCommand(profile.mseAlgorithmReference, KEY_REFERENCE[request.key])),
        'MSE SET',
      );
      if (mse.sw !== 0x9000) throw statusError(mse.sw, 'MSE SET');
      if (request.pin) await verifyPin(channel, request.pin);
      const pso = await exchange(channel, psoComputeSignatureCommand(dtbs), 'PSO:CDS');
      if (pso.sw !== 0x9000) throw statusError(pso.sw, 'PSO:CDS');
      if (pso.data.length !== profile.signatureLength) {
        throw new BelpicError('malformed-response', { operation: 'PSO:CDS' });
      }
      return pso.data.slice();
    };
    return await (channel.exclusive ? channel.exclusive(run) : run());
  } finally {
    if (request.pin?.kind === 'digits') request.pin.digits.fill(0);
  }
}
