import { status, type CommandApdu, type ResponseApdu } from '../apdu.ts';
import { KEY_REF } from '../card-keys.ts';
import { cardSign } from '../card-signing.ts';
import type { AppletContext } from '../session.ts';
import { SW } from '../status-words.ts';
import { respondLater } from './get-response.ts';

/** INTERNAL AUTHENTICATE is blocked after this many calls until a successful VERIFY (RM18 §5.2). */
export const INTERNAL_AUTHENTICATE_LIMIT = 5000;

/** P1 algorithm reference matched to the P-384 basic key: SHA-384 (RM18 §6.11 Table 33). */
const ALG_SHA384 = 0x02;

/**
 * INTERNAL AUTHENTICATE `00 88 02 81 Lc 94 L <challenge>` (1.8, RM18 §6.11; belpic-protocol.md
 * §7.5): signs the 48-byte challenge as a precomputed SHA-384 digest with the basic key, raw
 * `r ‖ s` through `61 60` + GET RESPONSE. No PIN; clears the SE; 5000-call limit → `6985`.
 */
export function internalAuthenticate(apdu: CommandApdu, ctx: AppletContext): ResponseApdu {
  const key = ctx.keys.basic;
  if (apdu.p2 !== KEY_REF.BASIC || key === undefined) return status(SW.REFERENCE_NOT_FOUND);
  if (apdu.p1 !== ALG_SHA384) return status(SW.INCORRECT_DATA);
  const d = apdu.data;
  if (d.length < 2 || d[0] !== 0x94 || d[1] !== d.length - 2 || d[1] !== 48) return status(SW.INCORRECT_DATA);
  if (ctx.persistent.internalAuthenticateCount >= INTERNAL_AUTHENTICATE_LIMIT)
    return status(SW.CONDITIONS_NOT_SATISFIED);
  ctx.persistent.internalAuthenticateCount += 1;
  ctx.session.securityEnvironment = undefined;
  return respondLater(cardSign({ kind: 'ecdsa', digestLengths: [48] }, key, d.subarray(2)), ctx);
}
