import type { CardChannel } from '../card-channel.ts';
import { BelpicError } from '../belpic-error.ts';
import { interpretStatusWord } from '../status-words.ts';
import { commandExpecting } from './command-apdu.ts';
import { parseResponse, type ResponseApdu } from './response-apdu.ts';

/** GET RESPONSE `00 C0 00 00 Le` (belpic-protocol.md §3.3). */
function getResponse(le: number): Uint8Array {
  return commandExpecting({ cla: 0x00, ins: 0xc0, p1: 0x00, p2: 0x00 }, le);
}

/** Most GET RESPONSE rounds one answer may take: 61xx chaining is for READ RECORD > 256 B only. */
const MAX_GET_RESPONSE_ROUNDS = 16;

/**
 * Sends one command and completes the T=0 dialogue around it (belpic-protocol.md §1.2, §3.3):
 * `61xx` → GET RESPONSE with Le = xx, concatenating while the card says more is available;
 * `6Cxx` on a case-2 command → the same command once more with Le = xx. A reader that does
 * this itself simply answers data ‖ 9000, which passes through unchanged. The final status
 * word is returned for the caller to interpret; nothing is retried beyond this.
 */
export async function exchange(
  channel: CardChannel,
  command: Uint8Array,
  operation: string,
): Promise<ResponseApdu> {
  let response = parseResponse(await channel.transmit(command), operation);
  let outcome = interpretStatusWord(response.sw);
  if (outcome.kind === 'wrong-le' && command.length === 5) {
    const resent = command.slice();
    resent[4] = outcome.exact & 0xff;
    response = parseResponse(await channel.transmit(resent), operation);
    outcome = interpretStatusWord(response.sw);
  }
  if (outcome.kind !== 'response-available') return response;
  const parts: Uint8Array[] = [response.data];
  for (let round = 0; outcome.kind === 'response-available'; round++) {
    if (round === MAX_GET_RESPONSE_ROUNDS) throw new BelpicError('malformed-response', { operation });
    response = parseResponse(await channel.transmit(getResponse(outcome.available)), operation);
    parts.push(response.data);
    outcome = interpretStatusWord(response.sw);
  }
  return { data: concatBytes(parts), sw: response.sw };
}

/** Concatenates byte arrays. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
