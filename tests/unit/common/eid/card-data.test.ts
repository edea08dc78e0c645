import { describe, expect, it } from 'vitest';
import { parseCardData } from '../../../../common/eid/card-data.ts';
import { VirtualCard } from '../../../virtual-card/index.ts';
import { CARD_IDS, cardImage, concat, hex, parseErrorOf } from './fixtures.ts';

/** GET CARD DATA through the virtual card: the response data without the status word `90 00`. */
async function getCardData(id: string, apdu: string): Promise<Uint8Array> {
  const response = await new VirtualCard(cardImage(id)).transmit(hex(apdu));
  expect(response.subarray(-2)).toEqual(hex('90 00'));
  return response.subarray(0, -2);
}

/** The tails of belpic-protocol.md §1.4, fields written out (1.8 bytes 16–20 are the emulator's choice). */
const EXPECTED = {
  '1.7': {
    componentCode: 0xf3,
    osNumber: 0x36,
    osVersion: 0x01,
    softmaskNumber: 0x25,
    softmaskVersion: 0x01,
    appletVersion: 0x17,
    globalOsVersion: 3,
    appletInterfaceVersion: 0,
    pkcs1Support: 0x21,
    keyExchangeVersion: 1,
    lifeCycle: 0x0f,
    lifeCycleState: 'personalised',
  },
  '1.8': {
    componentCode: 0xf4,
    osNumber: 0x40,
    osVersion: 0x01,
    softmaskNumber: 0x31,
    softmaskVersion: 0x01,
    appletVersion: 0x18,
    globalOsVersion: 1,
    appletInterfaceVersion: 0,
    pkcs1Support: 0,
    keyExchangeVersion: 2,
    lifeCycle: 0x0f,
    lifeCycleState: 'personalised',
  },
} as const;

describe.each(CARD_IDS)('parseCardData on the virtual card %s', (id) => {
  const image = cardImage(id);
  const serialHex = Array.from(image.serial, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');

  it('reads the 28-byte response (P2 = 00)', async () => {
    const data = await getCardData(id, '80 E4 00 00 1C');

    expect(parseCardData(data)).toEqual({
      serial: image.serial,
      serialHex,
      ...EXPECTED[image.personality.id],
      hasPinTries: false,
      pinTriesLeft: undefined,
    });
  });
});

describe.each(CARD_IDS.filter((id) => id.endsWith('-1.8')))(
  'parseCardData on the virtual 1.8 card %s',
  (id) => {
    const image = cardImage(id);

    it('reads the 31-byte response (P2 = 01) with the PIN tries left', async () => {
      const data = await getCardData(id, '80 E4 00 01 1F');

      expect(parseCardData(data)).toMatchObject({
        serial: image.serial,
        ...EXPECTED['1.8'],
        hasPinTries: true,
        pinTriesLeft: image.profile.pinTriesLeft,
      });
    });
  },
);

describe('parseCardData: hand-made responses', () => {
  const serial = hex('53 4C 49 4E 00 11 22 33 44 55 66 77 88 99 AA BB');

  it('reads the applet 1.8 example of §1.4 with FF ("PIN not found") as undefined', () => {
    const data = concat(serial, hex('C1 C2 C3 C4 C5 18 00 01 00 00 02 0F FF FF FF'));

    expect(parseCardData(data)).toMatchObject({
      serialHex: '534C494E00112233445566778899AABB',
      componentCode: 0xc1,
      softmaskVersion: 0xc5,
      appletVersion: 0x18,
      globalOsVersion: 1,
      hasPinTries: true,
      pinTriesLeft: undefined,
    });
  });

  it.each([
    [0x07, 'selectable'],
    [0x0f, 'personalised'],
    [0x03, 'unknown'],
  ])('names life cycle %i %s', (lifeCycle, state) => {
    const data = concat(serial, hex('F3 36 01 25 01 17 00 03 00 21 01'), Uint8Array.of(lifeCycle));

    expect(parseCardData(data)).toMatchObject({ lifeCycle, lifeCycleState: state });
  });

  it('reads the global OS version big-endian', () => {
    const data = concat(serial, hex('00 00 00 00 00 17 12 34 00 00 00 0F'));

    expect(parseCardData(data).globalOsVersion).toBe(0x1234);
  });

  it('returns a copy of the serial', () => {
    const data = concat(serial, hex('00 00 00 00 00 17 00 03 00 21 01 0F'));
    const cardData = parseCardData(data);

    data.fill(0);

    expect(cardData.serial).toEqual(serial);
  });

  it.each([0, 16, 27, 29, 30, 32, 258])('throws a ParseError for %i bytes', (length) => {
    const error = parseErrorOf(() => parseCardData(new Uint8Array(length)));

    expect([error.structure, error.offset]).toEqual(['GET CARD DATA response', 0]);
  });
});
