import { describe, expect, it } from 'vitest';
import { newCard, selectPath, send, sw } from './apdu-helpers.ts';

/** CLA and INS errors and the remaining commands (belpic-protocol.md §1.3, §6.2, §7.6, §8, §12.2). */
const APPLET_AID = 'A0 00 00 00 30 29 05 70 00 AD 13 10 01 01 FF';

describe.each(['citizen-1.7', 'citizen-1.8'])('class and instruction errors (%s)', (id) => {
  it.each([
    ['READ BINARY with CLA 10', '10 B0 00 00 10'],
    ['VERIFY with CLA A0', 'A0 20 00 01'],
    ['GET CARD DATA with CLA C0', 'C0 E4 00 00 1C'],
    ['MSE with CLA B0', 'B0 22 41 B6 05 04 80 02 84 82'],
  ])('answers 6E00 or 6881 to a wrong CLA (%s)', async (_name, apdu) => {
    expect(['6E00', '6881']).toContain(await sw(newCard(id), apdu));
  });

  it.each([
    ['SELECT FILE', `A0 A4 08 0C 06 3F 00 DF 01 40 31`],
    ['GET RESPONSE', 'A0 C0 00 00 10'],
  ])('answers 6E00 to a wrong CLA on %s (the only CLA SW its table lists)', async (_name, apdu) => {
    expect(await sw(newCard(id), apdu)).toBe('6E00');
  });

  it.each([
    ['READ BINARY on channel 1', '01 B0 00 00 10'],
    ['GET CARD DATA on channel 1', '81 E4 00 00 1C'],
    ['VERIFY on channel 2', '02 20 00 01'],
  ])('answers 6881 or 6E00 to logical-channel bits in CLA (%s)', async (_name, apdu) => {
    const card = newCard(id);
    await selectPath(card, '3F00 DF01 4031');

    expect(['6881', '6E00']).toContain(await sw(card, apdu));
  });

  it('answers 6999 or 6985 to SELECT of the applet on logical channel 1', async () => {
    expect(['6999', '6985']).toContain(await sw(newCard(id), `01 A4 04 0C 0F ${APPLET_AID}`));
  });

  it.each([
    ['INS 12', '00 12 00 00'],
    ['INS FE', '00 FE 00 00 00'],
    ['MANAGE CHANNEL-like INS 70 with CLA 80', '80 70 00 00 01'],
  ])('answers 6D00 to an unknown instruction (%s)', async (_name, apdu) => {
    expect(await sw(newCard(id), apdu)).toBe('6D00');
  });

  it('answers RESET RETRY COUNTER with 6982', async () => {
    const card = newCard(id);

    expect(await sw(card, '00 2C 00 01')).toBe('6982');
    expect(await sw(card, '00 2C 00 01 08 2C 12 34 56 78 90 12 FF')).toBe('6982');
  });

  it.each([
    ['UPDATE BINARY', '00 D6 00 00 01 00'],
    ['EXTERNAL AUTHENTICATE', '00 82 00 00 08 01 02 03 04 05 06 07 08'],
  ])('answers the administrative command %s with 6982 (§7.6)', async (_name, apdu) => {
    const card = newCard(id);
    await selectPath(card, '3F00 DF01 4031');

    expect(await sw(card, apdu)).toBe('6982');
  });

  it('answers LOG OFF with 9000, a wrong P1-P2 with 6B00', async () => {
    const card = newCard(id);

    expect(await sw(card, '80 E6 00 00')).toBe('9000');
    expect(await sw(card, '80 E6 01 00')).toBe('6B00');
  });

  it('answers GET CHALLENGE with Le random bytes', async () => {
    const card = newCard(id);

    const r = await send(card, '00 84 00 00 08');

    expect(r.sw).toBe('9000');
    expect(r.data.length).toBe(8);
  });
});
