import type { CardChannel } from './card-channel.ts';
import { commandExpecting } from './apdu/command-apdu.ts';
import { exchange } from './apdu/exchange.ts';
import type { ResponseApdu } from './apdu/response-apdu.ts';

/**
 * GET CARD DATA `80 E4 00 P2 Le` (RM17 §6.9, RM18 §6.14; belpic-protocol.md §1.4): P2 00 →
 * 28 bytes on every applet; P2 01 → the same 28 bytes plus PIN tries left and two RFU bytes
 * (31), on 1.8 only (1.7 answers 6B00). A wrong Le gets 6C1C / 6C1F, handled by `exchange`.
 */
export function getCardDataCommand(withPinTries: boolean): Uint8Array {
  return withPinTries
    ? commandExpecting({ cla: 0x80, ins: 0xe4, p1: 0x00, p2: 0x01 }, 0x1f)
    : commandExpecting({ cla: 0x80, ins: 0xe4, p1: 0x00, p2: 0x00 }, 0x1c);
}

/** Sends GET CARD DATA and returns the raw response for the caller to judge. */
export function getCardData(channel: CardChannel, withPinTries: boolean): Promise<ResponseApdu> {
  return exchange(channel, getCardDataCommand(withPinTries), 'GET CARD DATA');
}
