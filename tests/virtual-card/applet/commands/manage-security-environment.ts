import { status, type CommandApdu, type ResponseApdu } from '../apdu.ts';
import { KEY_REF, keyFor } from '../card-keys.ts';
import type { AppletContext } from '../session.ts';
import { SW } from '../status-words.ts';

/**
 * MSE SET `00 22 41 B6 05 04 80 <alg> 84 <key>` (RM17 §6.7, RM18 §6.12; belpic-protocol.md §7.1).
 * The first data byte `04` is the length of what follows, not a tag. Unknown algorithm or
 * wrong tags → `6A80`; key other than 82/83 → `6A88` (1.8 also accepts the basic key 81 for
 * commons-eid); a key the card does not have (no signing certificate) → `6985` "key not
 * activated".
 */
export function manageSecurityEnvironment(apdu: CommandApdu, ctx: AppletContext): ResponseApdu {
  if (apdu.p1 !== 0x41 || apdu.p2 !== 0xb6) return status(SW.WRONG_PARAMETERS);
  const d = apdu.data;
  if (d.length !== 5) return status(SW.WRONG_LENGTH);
  if (d[0] !== 0x04 || d[1] !== 0x80 || d[3] !== 0x84) return status(SW.INCORRECT_DATA);
  const algorithm = d[2]!;
  const key = d[4]!;
  const { personality } = ctx;
  if (!personality.mseAlgorithms.has(algorithm)) return status(SW.INCORRECT_DATA);
  const basicAllowed = key === KEY_REF.BASIC && personality.mseAcceptsBasicKey;
  if (key !== KEY_REF.AUTHENTICATION && key !== KEY_REF.NON_REPUDIATION && !basicAllowed) {
    return status(SW.REFERENCE_NOT_FOUND);
  }
  if (keyFor(ctx.keys, key) === undefined) return status(SW.CONDITIONS_NOT_SATISFIED);
  ctx.session.securityEnvironment = { algorithm, key };
  return status(SW.OK);
}
