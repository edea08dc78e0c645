import { hex } from '../tests/support/belpic-test-host.ts';
import { PcscTestReader } from '../tests/support/pcsc-test-reader.ts';
import { vpcdReaderName } from '../tests/support/virtual-reader.ts';
import { buildCardImage } from '../tests/virtual-card/card-image.ts';
import { VpcdClient } from '../tests/virtual-card/transports/vpcd-client.ts';
import { VirtualCard } from '../tests/virtual-card/virtual-card.ts';
import { summarize, type Summary } from './stats.ts';

const GET_CARD_DATA = hex('80 E4 00 00 1C');
const READ_248 = hex('00 B0 00 00 F8');
const SELECT_PHOTO = hex('00 A4 08 0C 06 3F 00 DF 01 40 35');

/** Round-trip time of one APDU through pcscd and vpcd to the virtual card, in milliseconds. */
export async function pcscLatency(
  id: string,
  count: number,
  quickAck: boolean,
): Promise<{ getCardData: Summary; readBinary: Summary }> {
  const card = new VirtualCard(buildCardImage(id));
  const client = new VpcdClient(card, { reader: 0, quickAck });
  const reader = await PcscTestReader.open(vpcdReaderName(0));
  try {
    await reader.waitForCard(false);
    await client.connect();
    await reader.waitForCard(true);
    await reader.connect();
    await reader.transmit(SELECT_PHOTO);
    for (let i = 0; i < 50; i++) await reader.transmit(GET_CARD_DATA); // warm-up: JIT, socket buffers
    const timeEach = async (apdu: Uint8Array): Promise<Summary> => {
      const samples: number[] = [];
      for (let i = 0; i < count; i++) {
        const started = performance.now();
        await reader.transmit(apdu);
        samples.push(performance.now() - started);
      }
      return summarize(samples);
    };
    return { getCardData: await timeEach(GET_CARD_DATA), readBinary: await timeEach(READ_248) };
  } finally {
    await reader.disconnect();
    client.close();
    await reader.waitForCard(false);
    reader.close();
  }
}

/** The same APDU straight into the emulator (no pcscd): the card's own share of the latency. */
export async function inProcessLatency(id: string, count: number): Promise<Summary> {
  const card = new VirtualCard(buildCardImage(id));
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await card.transmit(GET_CARD_DATA);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}
