import type { CardChannel } from './card-channel.ts';
import type { AppletProfile } from './applet-profiles.ts';
import { BelpicError } from './belpic-error.ts';
import { commandWithData } from './apdu/command-apdu.ts';
import { exchange } from './apdu/exchange.ts';
import { statusError } from './status-words.ts';

/** Basic key reference (§2.1) and the SHA-384 algorithm reference matching P-384 (RM18 Table 33). */
const BASIC_KEY = 0x81;
const ALGORITHM_SHA_384 = 0x02;
/** The challenge is an off-card SHA-384 hash: 48 bytes (§7.5). */
export const CHIP_CHALLENGE_LENGTH = 48;

/**
 * INTERNAL AUTHENTICATE `00 88 02 81 32 94 30 <48-byte challenge>` (RM18 §6.11; §7.5): the
 * chip signs the challenge with its basic key, proving it holds the key whose public half is
 * in EF 4040 (and whose hash the RRN signed in identity tag 1A). Returns raw r‖s (96 bytes),
 * the framing eid-mw and commons-eid use. The card counts these (5000 without a PIN verify),
 * and the call clears the security environment, so signing code always sends MSE SET anew.
 */
export async function authenticateChip(
  channel: CardChannel,
  profile: AppletProfile,
  challenge: Uint8Array,
): Promise<Uint8Array> {
  if (!profile.basicKey) {
    throw new BelpicError('not-supported-by-applet', { operation: 'INTERNAL AUTHENTICATE' });
  }
  if (challenge.length !== CHIP_CHALLENGE_LENGTH) {
    throw new RangeError(`the chip challenge is ${CHIP_CHALLENGE_LENGTH} bytes (a SHA-384 hash)`);
  }
  const data = new Uint8Array(2 + challenge.length);
  data.set([0x94, challenge.length]);
  data.set(challenge, 2);
  const command = commandWithData({ cla: 0x00, ins: 0x88, p1: ALGORITHM_SHA_384, p2: BASIC_KEY }, data);
  const response = await exchange(channel, command, 'INTERNAL AUTHENTICATE');
  if (response.sw !== 0x9000) throw statusError(response.sw, 'INTERNAL AUTHENTICATE');
  if (response.data.length !== 96)
    throw new BelpicError('malformed-response', { operation: 'INTERNAL AUTHENTICATE' });
  return response.data.slice();
}
