import { createSeededRandom } from './seeded-random.ts';

/** Length of the generated serial numbers; real eID certificates use 16-byte serials too. */
const SERIAL_LENGTH = 16;

/**
 * A deterministic, positive 16-byte certificate serial number (RFC 5280 §4.1.2.2) drawn from
 * the stream (`seed`, `serial/<label>`). The first byte is forced into 0x10–0x7F, so the DER
 * INTEGER is positive and always exactly 16 bytes long.
 */
export function deriveSerialNumber(seed: string, label: string): Uint8Array {
  const bytes = createSeededRandom(seed, `serial/${label}`).nextBytes(SERIAL_LENGTH);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x10;
  return bytes;
}
