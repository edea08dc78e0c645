import { describe, expect, it } from 'vitest';
import { pinVerifications } from '../../../../support/flow-card-slot.ts';
import { finishFromAuthenticatePin, settle } from './helpers/drive-flow.ts';
import { flowHarnessPerTest } from '../../../../support/flow-harness-per-test.ts';

/**
 * What the flow checks on the card before asking for anything (registration-flow.md step 1):
 * a card that cannot register says why before the person types a PIN, and keeps nothing.
 */
const startHarness = flowHarnessPerTest();

const REFUSED = [
  ['kids-1.7', 'no-signing-certificate'],
  ['kids-1.8', 'no-signing-certificate'],
  ['no-signing-cert-1.8', 'no-signing-certificate'],
  ['expired-1.7', 'card-expired'],
  ['expired-1.8', 'card-expired'],
] as const;

describe('card checks', () => {
  for (const [cardId, code] of REFUSED) {
    it(`stops a ${cardId} card with ${code} before any PIN, and closes the card`, async () => {
      const h = await startHarness();
      await h.flow.start();
      h.insert(cardId);
      const error = await h.until('error');
      expect(error).toMatchObject({ error: { code, category: 'card' } });
      if (error.step === 'error') expect(error.error.retryTo).toBeUndefined();
      expect(h.steps()).toEqual(['waitingForReader', 'waitingForCard', 'readingCard', 'error']);
      expect(pinVerifications(h.card!)).toBe(0);
      expect(h.record.calls).toEqual([]);
      await settle();
      expect(h.slot.reader.calls.at(-1)).toEqual({ op: 'disconnect', disposition: 'leave' });
    });
  }

  it('starts again with the next card after a refused one', async () => {
    const h = await startHarness();
    await h.flow.start();
    h.insert('kids-1.8');
    await h.until('error');
    h.remove();
    await h.flow.retry();
    expect(h.flow.snapshot.step).toBe('waitingForCard');
    h.insert('citizen-1.8');
    await finishFromAuthenticatePin(h);
  });
});
