import { afterEach, describe, expect, it, vi } from 'vitest';
import { InProcessCardChannel, VirtualCardRemovedError } from '../../virtual-card/index.ts';
import { hex, newCard, readBinary, send, sw, VERIFY_1234 } from './apdu-helpers.ts';

/** The fault injector of the virtual card: removal, forced SWs, corruption, delay, mute. */
const GET_CARD_DATA = '80 E4 00 00 1C';

describe('fault injection', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('removeAfter(n): n APDUs are answered, the next one rejects and the card is out', async () => {
    const card = newCard('citizen-1.8');
    card.faults.removeAfter(2);

    const answered = [await sw(card, GET_CARD_DATA), await sw(card, GET_CARD_DATA)];
    const third = card.transmit(hex(GET_CARD_DATA));

    expect(answered).toEqual(['9000', '9000']);
    await expect(third).rejects.toBeInstanceOf(VirtualCardRemovedError);
    expect(card.inserted).toBe(false);
    await expect(card.transmit(hex(GET_CARD_DATA))).rejects.toBeInstanceOf(VirtualCardRemovedError);
  });

  it('rejects through the in-process channel as well while the card is out', async () => {
    const card = newCard('citizen-1.7');
    const channel = new InProcessCardChannel(card);

    card.remove();

    await expect(channel.transmit(hex(GET_CARD_DATA))).rejects.toBeInstanceOf(VirtualCardRemovedError);
  });

  it('insert() after remove() powers up a fresh session: MF current, no PIN right', async () => {
    const card = newCard('citizen-1.8');
    await sw(card, VERIFY_1234);
    await sw(card, '00 A4 08 0C 06 3F 00 DF 01 40 31');
    card.faults.removeAfter(0);
    await expect(card.transmit(hex(GET_CARD_DATA))).rejects.toBeInstanceOf(VirtualCardRemovedError);

    card.insert();

    expect(card.inserted).toBe(true);
    expect(await sw(card, GET_CARD_DATA)).toBe('9000');
    expect((await readBinary(card, 0, 0x10)).sw).toBe('6986');
    expect(await sw(card, '00 20 00 01')).toBe('63C3');
  });

  it('answerWith(prefix, sw, times) answers matching commands only, the given number of times', async () => {
    const card = newCard('citizen-1.7');
    card.faults.answerWith('80 E4', 0x6d00, 1);

    const forced = await send(card, GET_CARD_DATA);
    const other = await sw(card, '00 A4 08 0C 06 3F 00 DF 01 40 31');
    const normal = await send(card, GET_CARD_DATA);

    expect(forced).toMatchObject({ sw: '6D00', data: new Uint8Array(0) });
    expect(other).toBe('9000');
    expect(normal.sw).toBe('9000');
  });

  it('answerWith(function, sw) matches with a predicate until clear()', async () => {
    const card = newCard('citizen-1.7');
    card.faults.answerWith((apdu) => apdu[1] === 0xa4, 0x6a82);

    const before = [
      await sw(card, '00 A4 08 0C 04 3F 00 2F 00'),
      await sw(card, '00 A4 08 0C 04 3F 00 2F 00'),
    ];
    card.faults.clear();

    expect(before).toEqual(['6A82', '6A82']);
    expect(await sw(card, '00 A4 08 0C 04 3F 00 2F 00')).toBe('9000');
  });

  it('corruptResponse inverts the first response byte of matching commands', async () => {
    const card = newCard('citizen-1.8');
    const clean = await card.transmit(hex(GET_CARD_DATA));
    card.faults.corruptResponse('80 E4 00 00', 1);

    const corrupted = await card.transmit(hex(GET_CARD_DATA));
    const again = await card.transmit(hex(GET_CARD_DATA));

    expect(corrupted.length).toBe(clean.length);
    expect(corrupted[0]).toBe(clean[0]! ^ 0xff);
    expect(corrupted.subarray(1)).toEqual(clean.subarray(1));
    expect(again).toEqual(clean);
  });

  it('delay(ms) holds every response for that time', async () => {
    vi.useFakeTimers();
    const card = newCard('citizen-1.8');
    card.faults.delay(50);
    let settled = false;

    const pending = card.transmit(hex(GET_CARD_DATA)).then((r) => ((settled = true), r));
    await vi.advanceTimersByTimeAsync(49);
    const early = settled;
    await vi.advanceTimersByTimeAsync(1);

    expect(early).toBe(false);
    expect(settled).toBe(true);
    expect((await pending).subarray(-2)).toEqual(hex('90 00'));
  });

  it('goMute(): the command never settles; remove() rejects it', async () => {
    const card = newCard('citizen-1.8');
    card.faults.goMute();
    let settled = false;
    const pending = card.transmit(hex(GET_CARD_DATA));
    pending.then(
      () => (settled = true),
      () => (settled = true),
    );

    await new Promise((r) => setImmediate(r));
    const whileMute = settled;
    card.remove();

    expect(whileMute).toBe(false);
    await expect(pending).rejects.toBeInstanceOf(VirtualCardRemovedError);
  });

  it('goMute(): reset() rejects the pending command and the card answers again', async () => {
    const card = newCard('citizen-1.7');
    card.faults.goMute();
    const pending = card.transmit(hex(GET_CARD_DATA));

    card.reset();

    await expect(pending).rejects.toBeInstanceOf(VirtualCardRemovedError);
    expect(await sw(card, GET_CARD_DATA)).toBe('9000');
  });
});
