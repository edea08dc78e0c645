import { describe, expect, it } from 'vitest';
import { pinVerifications } from '../../../../support/flow-card-slot.ts';
import { CONTACT } from './helpers/drive-flow.ts';
import { flowHarnessPerTest } from '../../../../support/flow-harness-per-test.ts';

/**
 * A PIN pad reader (architecture.md: "with a pinpad reader the PIN never enters the
 * computer"): the PIN screens say so, the flow verifies on the pad with no PIN from the
 * renderer, and a cancel or timeout on the pad asks again without calling the PIN wrong.
 */
const startHarness = flowHarnessPerTest();

describe('PIN pad reader', () => {
  for (const cardId of ['citizen-1.7', 'citizen-1.8']) {
    it(`registers with the PIN typed on the pad, after a cancel and a wrong PIN there (${cardId})`, async () => {
      const h = await startHarness();
      h.slot.pinpad(['cancel', '1234', 'timeout', '9999', '1234']);
      await h.flow.start();
      h.insert(cardId);
      expect(await h.until('authenticatePin')).toMatchObject({ pinpad: true, pinTriesLeft: 3 });
      await h.flow.submitPin(undefined);
      expect(h.flow.snapshot).toMatchObject({ step: 'authenticatePin', wrongPin: false, pinTriesLeft: 3 });
      expect(pinVerifications(h.card!)).toBe(0);
      await h.flow.submitPin(undefined);
      await h.flow.submitDetails({ code: await h.phoneCode(), ...CONTACT });
      await h.flow.confirm();
      expect(await h.until('signPin')).toMatchObject({ pinpad: true });
      await h.flow.submitPin(undefined);
      expect(h.flow.snapshot).toMatchObject({ step: 'signPin', wrongPin: false, pinTriesLeft: 3 });
      await h.flow.submitPin(undefined);
      expect(h.flow.snapshot).toMatchObject({ step: 'signPin', wrongPin: true, pinTriesLeft: 2 });
      await h.flow.submitPin(undefined);
      expect(h.flow.snapshot.step).toBe('done');
      expect(pinVerifications(h.card!)).toBe(3);
      expect(await h.service.repository.countApplications()).toBe(1);
    });
  }
});
