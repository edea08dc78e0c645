import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import type { BelpicCard } from '../../../native/belpic/belpic-card.ts';

/**
 * Proves the chip is genuine (applet 1.8, belpic-protocol.md §5.2 step 6, §7.5): a fresh
 * random message, the challenge SHA-384(message), INTERNAL AUTHENTICATE with the basic key,
 * and an ECDSA P-384 check of the raw r‖s answer with the key in EF 4040 over the message.
 * Hashing a message rather than sending random bytes lets ordinary ECDSA-SHA384 verify the
 * answer (the commons-eid approach); the RRN vouches for 4040 through identity tag 1A, which
 * the integrity report checks.
 */
export async function authenticateChip(card: BelpicCard, basicKeyFile: Uint8Array): Promise<boolean> {
  const message = randomBytes(32);
  const challenge = new Uint8Array(createHash('sha384').update(message).digest());
  const signature = await card.authenticateChip(challenge);
  const key = createPublicKey({ key: Buffer.from(basicKeyFile), format: 'der', type: 'spki' });
  return verify('sha384', message, { key, dsaEncoding: 'ieee-p1363' }, signature);
}
