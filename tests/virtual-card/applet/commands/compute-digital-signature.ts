import { status, type CommandApdu, type ResponseApdu } from '../apdu.ts';
import { KEY_REF, keyFor } from '../card-keys.ts';
import { acceptsDtbsLength, cardSign } from '../card-signing.ts';
import type { AppletContext } from '../session.ts';
import { SW } from '../status-words.ts';
import { respondLater } from './get-response.ts';

/**
 * PSO: COMPUTE DIGITAL SIGNATURE `00 2A 9E 9A Lc <DTBS>` (RM17 §6.8, RM18 §6.13;
 * belpic-protocol.md §7.2). Sent without Le on T=0; the signature comes back through `61 xx`
 * + GET RESPONSE. No SE → `6985`; basic key → `6985`; PIN right missing → `6982` (see
 * pin-access.ts); DTBS length wrong for the algorithm → `6700`.
 */
export function computeDigitalSignature(apdu: CommandApdu, ctx: AppletContext): ResponseApdu {
  if (apdu.p1 !== 0x9e || apdu.p2 !== 0x9a) return status(SW.WRONG_PARAMETERS);
  const se = ctx.session.securityEnvironment;
  if (se === undefined || se.key === KEY_REF.BASIC) return status(SW.CONDITIONS_NOT_SATISFIED);
  const scheme = ctx.personality.mseAlgorithms.get(se.algorithm)!;
  const key = keyFor(ctx.keys, se.key);
  if (key === undefined) return status(SW.CONDITIONS_NOT_SATISFIED);
  if (!ctx.pin.authorizeSignature(se.key)) return status(SW.SECURITY_NOT_SATISFIED);
  if (!acceptsDtbsLength(scheme, apdu.data.length)) return status(SW.WRONG_LENGTH);
  return respondLater(cardSign(scheme, key, apdu.data), ctx);
}
