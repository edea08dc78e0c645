import { describe, expect, it } from 'vitest';
import type { FlowStep } from '../../../../../common/flow/steps.ts';
import type { FlowHarness } from '../../../../support/flow-harness.ts';
import {
  CITIZEN_CARDS,
  CONTACT,
  detailsToConfirm,
  expectWiped,
  finishFromAuthenticatePin,
  settle,
  toAuthenticatePin,
  toDetails,
  toSignPin,
  typePin,
} from './helpers/drive-flow.ts';
import { flowHarnessPerTest } from '../../../../support/flow-harness-per-test.ts';

/**
 * Pulling the card (architecture.md: "removing the card is an event the machine handles in
 * every state"): in every step that needs the card the flow shows `cardRemoved` and forgets
 * everything, work still under way is dropped, and putting the card back starts a registration
 * that goes all the way. Once the application is signed, the card is not needed any more.
 */
const startHarness = flowHarnessPerTest();

const READ_BINARY = [0x00, 0xb0];
const PSO_CDS = [0x00, 0x2a];

/** Brings the flow to `step` and returns what lets held work go on after the card was pulled. */
const REACH: Record<string, (h: FlowHarness, cardId: string) => Promise<() => void>> = {
  readingCard: async (h, cardId) => {
    await h.flow.start();
    const held = h.slot.hold(READ_BINARY);
    h.insert(cardId);
    await held.reached;
    return held.release;
  },
  authenticatePin: async (h, cardId) => (await toAuthenticatePin(h, cardId), () => {}),
  authenticating: async (h, cardId) => {
    await toAuthenticatePin(h, cardId);
    const held = h.hold('authenticate');
    void typePin(h);
    await held.reached;
    return held.release;
  },
  enterCodeAndContact: async (h, cardId) => (await toDetails(h, cardId), () => {}),
  bindingCode: async (h, cardId) => {
    await toDetails(h, cardId);
    const held = h.hold('bindCode');
    void h.flow.submitDetails({ code: await h.phoneCode(), ...CONTACT });
    await held.reached;
    return held.release;
  },
  confirmData: async (h, cardId) => (await toDetails(h, cardId), await detailsToConfirm(h), () => {}),
  signPin: async (h, cardId) => (await toSignPin(h, cardId), () => {}),
  signing: async (h, cardId) => {
    await toSignPin(h, cardId);
    const held = h.slot.hold(PSO_CDS);
    void typePin(h);
    await held.reached;
    return held.release;
  },
};

describe('card removal', () => {
  for (const step of Object.keys(REACH) as FlowStep[]) {
    for (const cardId of CITIZEN_CARDS) {
      it(`in ${step}: shows cardRemoved, wipes, and a re-inserted card registers (${cardId})`, async () => {
        const h = await startHarness();
        const release = await REACH[step]!(h, cardId);
        expect((await h.flow.refresh()).step).toBe(step);
        h.remove();
        expect((await h.flow.refresh()).step).toBe('cardRemoved');
        release();
        await settle();
        expect(h.flow.snapshot.step).toBe('cardRemoved');
        expectWiped(h);
        expect(h.record.calls).not.toContain('submitApplication');
        h.slot.reinsert();
        await finishFromAuthenticatePin(h);
        expect(await h.service.repository.countApplications()).toBe(1);
      });
    }
  }

  for (const [cardId, status] of [
    ['citizen-1.7', [0x00, 0x20]], // the empty VERIFY
    ['citizen-1.8', [0x80, 0xe4]], // GET CARD DATA with the tries
  ] as const) {
    it(`in confirmData while the PIN state is read: cardRemoved, and confirm resolves (${cardId})`, async () => {
      const h = await startHarness();
      await toDetails(h, cardId);
      await detailsToConfirm(h);
      const held = h.slot.hold(status);
      const confirmed = h.flow.confirm();
      await held.reached;
      h.remove();
      await expect(confirmed).resolves.toBeUndefined();
      await settle();
      expect(h.flow.snapshot.step).toBe('cardRemoved');
      expectWiped(h);
    });
  }

  it('wipes an error screen that holds the open card when the card is pulled', async () => {
    const h = await startHarness({ proxy: true });
    await toDetails(h, 'citizen-1.7');
    h.proxy!.down();
    await h.flow.submitDetails({ code: '22222', ...CONTACT });
    expect(h.flow.snapshot).toMatchObject({ step: 'error', error: { retryTo: 'enterCodeAndContact' } });
    h.remove();
    expect((await h.flow.refresh()).step).toBe('cardRemoved');
    expectWiped(h);
    h.proxy!.up();
    h.slot.reinsert();
    await finishFromAuthenticatePin(h);
  });

  it('changes nothing when the card is pulled while the application is being submitted', async () => {
    const h = await startHarness();
    await toSignPin(h, 'citizen-1.8');
    const held = h.hold('submitApplication');
    const signed = typePin(h);
    await held.reached;
    expect((await h.flow.refresh()).step).toBe('submitting');
    h.remove();
    await settle();
    expect((await h.flow.refresh()).step).toBe('submitting');
    held.release();
    await signed;
    expect(h.flow.snapshot.step).toBe('done');
    expect(await h.service.repository.countApplications()).toBe(1);
  });

  it('reads the card again when it is swapped for another between two polls', async () => {
    const h = await startHarness();
    await toDetails(h, 'citizen-1.7');
    h.remove();
    h.insert('foreigner-1.8'); // at once: the old connection may still be closing
    await finishFromAuthenticatePin(h);
    expect(h.flow.snapshot.step).toBe('done');
  });
});
