import { describe, expect, it } from 'vitest';
import type { FlowHarness } from '../../../../support/flow-harness.ts';
import {
  detailsToConfirm,
  expectWiped,
  register,
  settle,
  toAuthenticatePin,
  toDetails,
  toSignPin,
  typePin,
} from './helpers/drive-flow.ts';
import { flowHarnessPerTest } from '../../../../support/flow-harness-per-test.ts';

/**
 * Cancel and the idle timeout (registration-flow.md step 6, kiosk): both forget everything,
 * close the card (resetting it once a PIN was verified), and work still under way when they
 * happen is dropped instead of bringing the flow back to life.
 */
const startHarness = flowHarnessPerTest();

const GET_CARD_DATA = [0x80, 0xe4];
/** The last APDU of a signature (T=0: PSO:CDS answers 61xx, the signature follows). */
const GET_RESPONSE = [0x00, 0xc0];

/** Brings the flow to a step and returns what lets held work go on after the cancel. */
const CANCEL_IN: Record<string, (h: FlowHarness) => Promise<() => void>> = {
  'readingCard (identifying the card)': async (h) => {
    await h.flow.start();
    const held = h.slot.hold(GET_CARD_DATA);
    h.insert('citizen-1.8');
    await held.reached;
    return held.release;
  },
  authenticatePin: async (h) => (await toAuthenticatePin(h, 'citizen-1.7'), () => {}),
  'authenticating (service)': async (h) => {
    await toAuthenticatePin(h, 'citizen-1.8');
    const held = h.hold('authenticate');
    void typePin(h);
    await held.reached;
    return held.release;
  },
  enterCodeAndContact: async (h) => (await toDetails(h, 'citizen-1.8'), () => {}),
  confirmData: async (h) => (await toDetails(h, 'citizen-1.7'), await detailsToConfirm(h), () => {}),
  signPin: async (h) => (await toSignPin(h, 'citizen-1.8'), () => {}),
  'signing (card)': async (h) => {
    await toSignPin(h, 'citizen-1.7');
    const held = h.slot.hold(GET_RESPONSE);
    void typePin(h);
    await held.reached;
    return held.release;
  },
};

describe('cancel', () => {
  for (const [where, reach] of Object.entries(CANCEL_IN)) {
    it(`in ${where}: returns to welcome, wipes, resets the card and stays there`, async () => {
      const h = await startHarness();
      const release = await reach(h);
      const cancelled = h.flow.cancel();
      await h.until('welcome'); // at once: before the card or the service has answered
      release(); // the card or the service answers while the flow is being wiped
      await cancelled;
      await settle(50);
      expect(h.flow.snapshot.step).toBe('welcome');
      expectWiped(h);
      expect(h.record.calls).not.toContain('submitApplication');
      expect(h.card!.pinState.authenticationGranted).toBe(false);
      expect(h.slot.reader.calls.filter((c) => c.op === 'connect').length).toBe(
        h.slot.reader.calls.filter((c) => c.op === 'disconnect').length,
      );
      h.remove();
      await register(h, 'citizen-1.8');
    });
  }
});

/** Without a warning (`idleWarningMs: 0`): the warning has its own tests (idle-warning.test.ts). */
describe('idle timeout', () => {
  it('wipes the flow when the person does not act in time, and not while the flow works', async () => {
    const h = await startHarness({ flow: { idleTimeoutMs: 200, idleWarningMs: 0 } });
    await toAuthenticatePin(h, 'citizen-1.8');
    const held = h.hold('authenticate');
    void typePin(h);
    await held.reached;
    await settle(400); // longer than the timeout, but the flow is the one working
    expect(h.flow.snapshot.step).toBe('authenticating');
    held.release();
    await h.until('enterCodeAndContact');
    const error = await h.next('error', 2_000);
    expect(error).toMatchObject({ error: { code: 'idle-timeout', category: 'person' } });
    if (error.step === 'error') expect(error.error.retryTo).toBeUndefined();
    await settle();
    expectWiped(h);
    expect(h.slot.reader.calls.at(-1)).toEqual({ op: 'disconnect', disposition: 'reset' });
    await h.flow.start();
    await h.until('authenticatePin'); // the card is still in: read again
  });

  it('wipes an error screen that still holds a signed application after the timeout', async () => {
    const h = await startHarness({ proxy: true, flow: { idleTimeoutMs: 500, idleWarningMs: 0 } });
    await toSignPin(h, 'citizen-1.8');
    h.proxy!.down();
    await typePin(h);
    expect(h.flow.snapshot).toMatchObject({ step: 'error', error: { retryTo: 'submitting' } });
    expect(await h.next('error', 2_000)).toMatchObject({ error: { code: 'idle-timeout' } });
    expectWiped(h);
  });
});
