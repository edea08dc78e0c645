import { afterEach, describe, expect, it } from 'vitest';
import { startFlowHarness, typedPin, type FlowHarness } from '../../../../support/flow-harness.ts';

let harness: FlowHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** From start to `done` with PIN 1234 and a code from the phone side. */
async function register(h: FlowHarness, cardId: string) {
  await h.flow.start();
  h.insert(cardId);
  const pinStep = await h.until('authenticatePin');
  await h.flow.submitPin(typedPin('1234'));
  await h.until('enterCodeAndContact');
  await h.flow.submitDetails({ code: await h.phoneCode(), email: 'jan@example.be', phone: '0470 12 34 56' });
  const confirm = await h.until('confirmData');
  await h.flow.confirm();
  await h.until('signPin');
  await h.flow.submitPin(typedPin('1234'));
  await h.until('done');
  return { pinStep, confirm };
}

describe('registration flow (virtual card in process, real service on loopback)', () => {
  for (const cardId of ['citizen-1.7', 'citizen-1.8', 'foreigner-1.8']) {
    it(`registers with a ${cardId} card`, async () => {
      harness = await startFlowHarness();
      const { pinStep, confirm } = await register(harness, cardId);
      expect(pinStep).toMatchObject({ step: 'authenticatePin', pinTriesLeft: 3, pinpad: false, wrongPin: false });
      expect(confirm).toMatchObject({
        step: 'confirmData',
        contact: { email: 'jan@example.be', phone: '+32470123456' },
      });
      if (confirm.step !== 'confirmData') throw new Error('unreachable');
      expect(confirm.holder.nationalNumber).toMatch(/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/);
      expect(confirm.holder.photo?.length).toBeGreaterThan(100);
      const steps = harness.snapshots.map((s) => s.step);
      expect(steps).toContain('authenticating');
      expect(steps).toContain('signing');
      expect(steps).toContain('submitting');
    });
  }
});
