import { describe, expect, it } from 'vitest';
import { pinVerifications } from '../../../../support/flow-card-slot.ts';
import { typedPin } from '../../../../support/flow-harness.ts';
import {
  CITIZEN_CARDS,
  allZero,
  detailsToConfirm,
  expectRefused,
  toAuthenticatePin,
  toSignPin,
  typePin,
} from './helpers/drive-flow.ts';
import { flowHarnessPerTest } from '../../../../support/flow-harness-per-test.ts';

/**
 * The card PIN (registration-flow.md step 3, architecture.md "PIN bytes"): tries shown before
 * typing, one VERIFY per PIN typed and never a retry by itself, a blocked PIN stops before any
 * VERIFY, and the PIN buffer handed to the flow is zero-filled whatever happens.
 */
const startHarness = flowHarnessPerTest();

describe('PIN entry', () => {
  for (const cardId of CITIZEN_CARDS) {
    it(`shows 3 tries, then 2 after a wrong PIN, sends one VERIFY per PIN and never retries (${cardId})`, async () => {
      const h = await startHarness();
      expect(await toAuthenticatePin(h, cardId)).toMatchObject({ pinTriesLeft: 3, wrongPin: false });
      await typePin(h, '9999');
      expect(h.flow.snapshot).toMatchObject({ step: 'authenticatePin', pinTriesLeft: 2, wrongPin: true });
      expect(pinVerifications(h.card!)).toBe(1);
      expect(h.card!.pinState.triesLeft).toBe(2);
      expect(h.record.calls).toEqual(['openSession']); // the token was never sent
      await typePin(h);
      await h.until('enterCodeAndContact');
      expect(pinVerifications(h.card!)).toBe(2);
      await detailsToConfirm(h);
      await h.flow.confirm();
      // The right PIN reset the card's counter: the signing screen shows it as the card has it.
      expect(await h.until('signPin')).toMatchObject({
        pinTriesLeft: h.card!.pinState.triesLeft,
        wrongPin: false,
      });
      expect(h.card!.pinState.triesLeft).toBe(3);
    });

    it(`says a wrong PIN at the signing step and signs with the right one (${cardId})`, async () => {
      const h = await startHarness();
      await toSignPin(h, cardId);
      await typePin(h, '0000');
      expect(h.flow.snapshot).toMatchObject({ step: 'signPin', pinTriesLeft: 2, wrongPin: true });
      expect(h.card!.pinState.triesLeft).toBe(2);
      expect(h.record.calls).not.toContain('submitApplication');
      await typePin(h);
      await h.until('done');
      expect(pinVerifications(h.card!)).toBe(3);
      expect(await h.service.repository.countApplications()).toBe(1);
    });
  }

  for (const cardId of ['pin-blocked-1.7', 'pin-blocked-1.8']) {
    it(`stops with pin-blocked before any VERIFY on a blocked card (${cardId})`, async () => {
      const h = await startHarness();
      await h.flow.start();
      h.insert(cardId);
      const error = await h.until('error');
      expect(error).toMatchObject({ error: { code: 'pin-blocked', category: 'pin' } });
      if (error.step === 'error') expect(error.error.retryTo).toBeUndefined();
      expect(pinVerifications(h.card!)).toBe(0);
      expect(h.steps()).not.toContain('authenticatePin');
    });
  }

  it('stops with pin-blocked when the last try is spent, instead of asking for a PIN with 0 tries', async () => {
    const h = await startHarness();
    expect(await toAuthenticatePin(h, 'pin-1-try-1.8')).toMatchObject({ pinTriesLeft: 1 });
    await typePin(h, '9999');
    expect(h.flow.snapshot).toMatchObject({ step: 'error', error: { code: 'pin-blocked' } });
    expect(pinVerifications(h.card!)).toBe(1);
  });

  it('refuses a PIN of the wrong shape without touching the card, and zero-fills it on both ends', async () => {
    const h = await startHarness();
    await toAuthenticatePin(h, 'citizen-1.8');
    const apdus = h.card!.trace.count;
    // The contract's schema bounds the length (bad-argument); the flow checks the digits.
    for (const [text, code] of [
      ['123', 'bad-argument'],
      ['12a4', 'pin-format'],
      ['1234567890123', 'bad-argument'],
      ['12 34', 'pin-format'],
    ] as const) {
      const typed = typedPin(text);
      await expectRefused(() => h.flow.submitPin(typed), code);
      expect(allZero(typed)).toBe(true);
    }
    expect(h.receivedPins).toHaveLength(4);
    expect(allZero(...h.receivedPins)).toBe(true);
    await expectRefused(() => h.flow.submitPin(undefined), 'pin-format'); // no PIN pad here
    expect(h.card!.trace.count).toBe(apdus);
    expect(h.flow.snapshot).toMatchObject({ step: 'authenticatePin', pinTriesLeft: 3, wrongPin: false });
  });

  it('zero-fills the PIN that reaches main after a right PIN, a wrong PIN and a PIN sent at the wrong time', async () => {
    const h = await startHarness();
    const typed: Uint8Array[] = [];
    const send = (pin: string) => {
      typed.push(typedPin(pin));
      return h.flow.submitPin(typed.at(-1));
    };
    await expectRefused(() => send('1234'), 'not-allowed-now');
    await toAuthenticatePin(h, 'citizen-1.7');
    await send('4321');
    expect(h.flow.snapshot).toMatchObject({ step: 'authenticatePin', wrongPin: true });
    await send('1234');
    expect(h.flow.snapshot.step).toBe('enterCodeAndContact');
    expect(h.receivedPins).toHaveLength(3);
    expect(allZero(...h.receivedPins, ...typed)).toBe(true);
  });

  it('zero-fills the buffer handed to the flow itself, whatever the outcome', async () => {
    const h = await startHarness();
    const early = typedPin('1234');
    await expectRefused(() => h.local.submitPin(early), 'not-allowed-now');
    await toAuthenticatePin(h, 'citizen-1.8');
    const wrong = typedPin('4321');
    await h.local.submitPin(wrong);
    const right = typedPin('1234');
    await h.local.submitPin(right);
    expect(h.local.snapshot.step).toBe('enterCodeAndContact');
    expect(allZero(early, wrong, right)).toBe(true);
  });
});
