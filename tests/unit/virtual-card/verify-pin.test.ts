import { describe, expect, it } from 'vitest';
import { EMPTY_VERIFY, newCard, PIN_1234, sw, VERIFY_1234, VERIFY_WRONG } from './apdu-helpers.ts';

/** VERIFY `00 20 00 01`, belpic-protocol.md §6.1. */
describe.each(['citizen-1.7', 'citizen-1.8'])('VERIFY (%s)', (id) => {
  it.each([
    ['1234', '24 12 34 FF FF FF FF FF'],
    ['12345', '25 12 34 5F FF FF FF FF'],
    ['123456789012', '2C 12 34 56 78 90 12 FF'],
  ])('accepts PIN %s as the format-2 block of the spec (%s)', async (pin, block) => {
    const card = newCard(id, pin);

    expect(await sw(card, `00 20 00 01 08 ${block}`)).toBe('9000');
    expect(card.pinState.triesLeft).toBe(3);
  });

  it.each([
    ['control nibble not 2', '14 12 34 FF FF FF FF FF'],
    ['length nibble 3', '23 12 3F FF FF FF FF FF'],
    ['length nibble D', '2D 12 34 56 78 90 12 3F'],
    ['non-digit nibble', '24 1A 34 FF FF FF FF FF'],
    ['filler not F', '24 12 34 00 00 00 00 00'],
    ['last two nibbles not F', '2C 12 34 56 78 90 12 34'],
  ])('answers 6A80 to a malformed PIN block (%s)', async (_name, block) => {
    expect(await sw(newCard(id), `00 20 00 01 08 ${block}`)).toBe('6A80');
  });

  it.each([
    ['Lc 07', '00 20 00 01 07 24 12 34 FF FF FF FF'],
    ['Lc 09', '00 20 00 01 09 24 12 34 FF FF FF FF FF FF'],
  ])('answers 6700 to a wrong length (%s)', async (_name, apdu) => {
    expect(await sw(newCard(id), apdu)).toBe('6700');
  });

  it('answers 6A86 to P1 other than 00', async () => {
    expect(await sw(newCard(id), `00 20 01 01 08 ${PIN_1234}`)).toBe('6A86');
  });

  it('answers 6A86 or 6A88 to an unknown PIN reference', async () => {
    expect(['6A86', '6A88']).toContain(await sw(newCard(id), `00 20 00 05 08 ${PIN_1234}`));
  });

  it('counts wrong PINs 63C2, 63C1, 63C0, then reports 6983 even for the right PIN', async () => {
    const card = newCard(id);

    const answers = [
      await sw(card, VERIFY_WRONG),
      await sw(card, VERIFY_WRONG),
      await sw(card, VERIFY_WRONG),
      await sw(card, VERIFY_WRONG),
      await sw(card, VERIFY_1234),
      await sw(card, EMPTY_VERIFY),
    ];

    expect(answers).toEqual(['63C2', '63C1', '63C0', '6983', '6983', '6983']);
    expect(card.pinState.triesLeft).toBe(0);
  });

  it('stays blocked after a reset', async () => {
    const card = newCard(id);
    for (let i = 0; i < 3; i++) await sw(card, VERIFY_WRONG);

    card.reset();

    expect(await sw(card, VERIFY_1234)).toBe('6983');
  });

  it('resets the counter on a successful VERIFY', async () => {
    const card = newCard(id);
    await sw(card, VERIFY_WRONG);
    await sw(card, VERIFY_WRONG);

    const right = await sw(card, VERIFY_1234);
    const wrongAgain = await sw(card, VERIFY_WRONG);

    expect(right).toBe('9000');
    expect(wrongAgain).toBe('63C2');
  });

  it('answers the empty VERIFY with 63C3 on a fresh card and never spends a try', async () => {
    const card = newCard(id);

    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await sw(card, EMPTY_VERIFY));

    expect(answers).toEqual(['63C3', '63C3', '63C3', '63C3', '63C3']);
    expect(card.pinState.triesLeft).toBe(3);
    expect(await sw(card, VERIFY_1234)).toBe('9000');
  });

  it('answers the empty VERIFY with 63Cx after wrong PINs, 9000 once verified, 6983 when blocked', async () => {
    const card = newCard(id);
    await sw(card, VERIFY_WRONG);
    const afterWrong = [await sw(card, EMPTY_VERIFY), await sw(card, EMPTY_VERIFY)];
    await sw(card, VERIFY_1234);
    const afterRight = await sw(card, EMPTY_VERIFY);
    for (let i = 0; i < 3; i++) await sw(card, VERIFY_WRONG);

    const afterBlock = await sw(card, EMPTY_VERIFY);

    expect(afterWrong).toEqual(['63C2', '63C2']);
    expect(afterRight).toBe('9000');
    expect(afterBlock).toBe('6983');
  });

  it('accepts the empty VERIFY with P3=00 (Lc 00) the same way', async () => {
    const card = newCard(id);

    expect(await sw(card, '00 20 00 01 00')).toBe('63C3');
    expect(card.pinState.triesLeft).toBe(3);
  });

  it('loses the verified state on reset: the empty VERIFY answers 63C3 again', async () => {
    const card = newCard(id);
    await sw(card, VERIFY_1234);

    card.reset();

    expect(await sw(card, EMPTY_VERIFY)).toBe('63C3');
    expect(card.pinState.authenticationGranted).toBe(false);
  });
});
