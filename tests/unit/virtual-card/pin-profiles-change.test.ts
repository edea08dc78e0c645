import { describe, expect, it } from 'vitest';
import { EMPTY_VERIFY, newCard, PIN_1111, PIN_1234, sw, VERIFY_1234, VERIFY_WRONG } from './apdu-helpers.ts';
import { AUTH_KEY, digest, mse, pso } from './signing-helpers.ts';

/** PIN tries of the pin-1-try / pin-blocked profiles (§6.1) and CHANGE REFERENCE DATA (§6.2). */
const CHANGE_1234_TO_5678 = '00 24 00 01 10 24 12 34 FF FF FF FF FF 24 56 78 FF FF FF FF FF';
const VERIFY_5678 = '00 20 00 01 08 24 56 78 FF FF FF FF FF';

describe.each(['1.7', '1.8'])('PIN profiles (applet %s)', (applet) => {
  it('pin-1-try: one try left, a wrong PIN answers 63C0 and blocks', async () => {
    const card = newCard(`pin-1-try-${applet}`);

    const status = await sw(card, EMPTY_VERIFY);
    const wrong = await sw(card, VERIFY_WRONG);

    expect(status).toBe('63C1');
    expect(wrong).toBe('63C0');
    expect(await sw(card, VERIFY_1234)).toBe('6983');
  });

  it('pin-1-try: the right PIN succeeds and restores 3 tries', async () => {
    const card = newCard(`pin-1-try-${applet}`);

    const right = await sw(card, VERIFY_1234);
    card.reset();

    expect(right).toBe('9000');
    expect(await sw(card, EMPTY_VERIFY)).toBe('63C3');
  });

  it('pin-blocked: empty VERIFY, right PIN and wrong PIN all answer 6983', async () => {
    const card = newCard(`pin-blocked-${applet}`);

    const answers = [await sw(card, EMPTY_VERIFY), await sw(card, VERIFY_1234), await sw(card, VERIFY_WRONG)];

    expect(answers).toEqual(['6983', '6983', '6983']);
    expect(card.pinState.triesLeft).toBe(0);
  });

  it('pin-blocked: CHANGE REFERENCE DATA answers 6983', async () => {
    expect(await sw(newCard(`pin-blocked-${applet}`), CHANGE_1234_TO_5678)).toBe('6983');
  });
});

describe.each(['citizen-1.7', 'citizen-1.8'])('CHANGE REFERENCE DATA (%s)', (id) => {
  it('changes 1234 to 5678 with the block pair of §6.2: the new PIN verifies, the old one does not', async () => {
    const card = newCard(id);

    const change = await sw(card, CHANGE_1234_TO_5678);
    card.reset();

    expect(change).toBe('9000');
    expect(await sw(card, VERIFY_5678)).toBe('9000');
    expect(await sw(card, VERIFY_1234)).toBe('63C2');
  });

  it('grants the authentication right on success', async () => {
    const card = newCard(id);
    const alg = id.endsWith('1.7') ? 0x08 : 0x01;
    await mse(card, alg, AUTH_KEY);

    await sw(card, CHANGE_1234_TO_5678);
    const signature = await pso(card, digest('sha256', 'after change'));

    expect(signature.sw1).toBe(0x61);
  });

  it('counts a wrong old PIN as a failed try and keeps the PIN', async () => {
    const card = newCard(id);

    const change = await sw(card, `00 24 00 01 10 ${PIN_1111} 24 56 78 FF FF FF FF FF`);

    expect(change).toBe('63C2');
    expect(await sw(card, VERIFY_1234)).toBe('9000');
  });

  it('answers 6700 to a wrong length', async () => {
    expect(await sw(newCard(id), `00 24 00 01 08 ${PIN_1234}`)).toBe('6700');
  });

  it('answers 6A80 to a malformed new PIN block and keeps the PIN', async () => {
    const card = newCard(id);

    const change = await sw(card, `00 24 00 01 10 ${PIN_1234} 24 5A 78 FF FF FF FF FF`);

    expect(change).toBe('6A80');
    expect(await sw(card, VERIFY_1234)).toBe('9000');
  });

  it('answers 6A86 to P1 other than 00', async () => {
    expect(await sw(newCard(id), CHANGE_1234_TO_5678.replace('00 24 00 01', '00 24 01 01'))).toBe('6A86');
  });
});
