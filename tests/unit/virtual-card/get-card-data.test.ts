import { describe, expect, it } from 'vitest';
import { APPLET_17, APPLET_18, InProcessCardChannel } from '../../virtual-card/index.ts';
import { hex, image, newCard, send, sw, VERIFY_WRONG } from './apdu-helpers.ts';

/** GET CARD DATA (belpic-protocol.md §1.4) and the ATRs (§1.1). */
describe('ATR', () => {
  it('is the 13-byte 1.1/1.7 ATR on applet 1.7 cards', () => {
    const card = newCard('citizen-1.7');

    expect(card.atr).toEqual(hex('3B 98 13 40 0A A5 03 01 01 01 AD 13 11'));
    expect(APPLET_17.atr).toEqual(hex('3B 98 13 40 0A A5 03 01 01 01 AD 13 11'));
  });

  it('is the 20-byte 1.8 ATR on applet 1.8 cards, also through the in-process channel', () => {
    const channel = new InProcessCardChannel(newCard('kids-1.8'));

    expect(channel.atr).toEqual(hex('3B 7F 96 00 00 80 31 80 65 B0 85 04 01 20 12 0F FF 82 90 00'));
    expect(APPLET_18.atr).toEqual(channel.atr);
  });

  it('answers an in-process SCardControl with an empty feature list', async () => {
    const channel = new InProcessCardChannel(newCard('citizen-1.8'));

    expect(await channel.control(0x42000d48, new Uint8Array(0))).toEqual(new Uint8Array(0));
  });
});

describe('GET CARD DATA on applet 1.7', () => {
  it('returns 28 bytes: the chip serial, applet version 17 and the 1.7 tail', async () => {
    const card = newCard('citizen-1.7');

    const r = await send(card, '80 E4 00 00 1C');

    expect(r.sw).toBe('9000');
    expect(r.data.length).toBe(28);
    expect(r.data.subarray(0, 16)).toEqual(image('citizen-1.7').serial);
    expect(r.data[21]).toBe(0x17);
    expect(r.data.subarray(22, 28)).toEqual(hex('00 03 00 21 01 0F'));
  });

  it.each([
    ['FF', '6C1C'],
    ['00', '6C1C'],
    ['10', '6C1C'],
  ])('answers Le %s with %s', async (le, expected) => {
    expect(await sw(newCard('citizen-1.7'), `80 E4 00 00 ${le}`)).toBe(expected);
  });

  it('answers P2=01 (1.8 only) and a wrong P1 with 6B00', async () => {
    const card = newCard('citizen-1.7');

    expect(await sw(card, '80 E4 00 01 1F')).toBe('6B00');
    expect(await sw(card, '80 E4 01 00 1C')).toBe('6B00');
  });
});

describe('GET CARD DATA on applet 1.8', () => {
  it('returns 28 bytes for P2=00 with applet version 18 and the 1.8 tail', async () => {
    const r = await send(newCard('citizen-1.8'), '80 E4 00 00 1C');

    expect(r.sw).toBe('9000');
    expect(r.data.length).toBe(28);
    expect(r.data.subarray(0, 16)).toEqual(image('citizen-1.8').serial);
    expect(r.data[21]).toBe(0x18);
    expect(r.data.subarray(22, 28)).toEqual(hex('00 01 00 00 02 0F'));
  });

  it('returns the same 28 bytes plus tries, FF, FF for P2=01', async () => {
    const card = newCard('citizen-1.8');
    const short = await send(card, '80 E4 00 00 1C');

    const long = await send(card, '80 E4 00 01 1F');

    expect(long.sw).toBe('9000');
    expect(long.data.length).toBe(31);
    expect(long.data.subarray(0, 28)).toEqual(short.data);
    expect(long.data.subarray(28)).toEqual(hex('03 FF FF'));
  });

  it('reports the tries left in byte 28 after a wrong PIN, and for the pin-1-try and pin-blocked cards', async () => {
    const card = newCard('citizen-1.8');
    await send(card, VERIFY_WRONG);

    const tries = async (c: ReturnType<typeof newCard>): Promise<number> =>
      (await send(c, '80 E4 00 01 1F')).data[28]!;

    expect(await tries(card)).toBe(2);
    expect(await tries(newCard('pin-1-try-1.8'))).toBe(1);
    expect(await tries(newCard('pin-blocked-1.8'))).toBe(0);
  });

  it.each([
    ['80 E4 00 01 FF', '6C1F'],
    ['80 E4 00 01 00', '6C1F'],
    ['80 E4 00 01 1C', '6C1F'],
    ['80 E4 00 00 FF', '6C1C'],
    ['80 E4 00 00 1F', '6C1C'],
  ])('answers %s (wrong Le) with %s', async (apdu, expected) => {
    expect(await sw(newCard('citizen-1.8'), apdu)).toBe(expected);
  });

  it('answers P2=02 with 6B00', async () => {
    expect(await sw(newCard('citizen-1.8'), '80 E4 00 02 1F')).toBe('6B00');
  });

  it('returns the chip serial of the card image (foreigner card)', async () => {
    const card = newCard('foreigner-1.8');

    const r = await send(card, '80 E4 00 00 1C');

    expect(r.data.subarray(0, 16)).toEqual(image('foreigner-1.8').serial);
  });
});
