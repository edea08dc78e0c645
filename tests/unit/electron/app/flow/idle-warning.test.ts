import { describe, expect, it } from 'vitest';
import type { FlowSnapshot } from '../../../../../common/flow/snapshot.ts';
import type { FlowHarness } from '../../../../support/flow-harness.ts';
import { flowHarnessPerTest } from '../../../../support/flow-harness-per-test.ts';
import { DEFAULT_REGISTRATION_TIME } from '../../../../support/registration-fixture.ts';
import { expectWiped, settle, toAuthenticatePin, toDetails, typePin } from './helpers/drive-flow.ts';

/**
 * The idle warning before the kiosk's idle timeout (registration-flow.md step 6, WCAG 2.2.1):
 * the same step published again with `idleWarningUntil` at timeout − warning, `stillHere`
 * clearing it and counting the full timeout again, a new step clearing it, and the wipe when
 * nobody answers. Real timers, short timeouts; the flow's clock is the harness's frozen one.
 */
const startHarness = flowHarnessPerTest();

const TIMEOUT = 600;
const WARNING = 400;

/** Resolves with the next snapshot that carries the idle warning, and when it came (ms). */
function nextWarning(h: FlowHarness, timeoutMs = 3_000): Promise<{ snapshot: FlowSnapshot; at: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (off(), reject(new Error('no idle warning'))), timeoutMs);
    const off = h.flow.onSnapshot((snapshot) => {
      if (snapshot.idleWarningUntil === undefined) return;
      clearTimeout(timer);
      off();
      resolve({ snapshot, at: performance.now() });
    });
  });
}

const expectedUntil = (ms: number): string =>
  new Date(DEFAULT_REGISTRATION_TIME.getTime() + ms).toISOString();

describe('idle warning', () => {
  it('publishes the same step with idleWarningUntil at timeout − warning, then wipes', async () => {
    const h = await startHarness({ flow: { idleTimeoutMs: TIMEOUT, idleWarningMs: WARNING } });
    const reached = await toAuthenticatePin(h, 'citizen-1.8');
    const since = performance.now();
    expect(reached.idleWarningUntil).toBeUndefined();
    const { snapshot, at } = await nextWarning(h);
    expect(at - since).toBeGreaterThanOrEqual(TIMEOUT - WARNING - 20);
    expect(at - since).toBeLessThan(TIMEOUT);
    expect(snapshot).toEqual({ ...reached, seq: snapshot.seq, idleWarningUntil: expectedUntil(WARNING) });
    const error = await h.next('error', 2_000);
    expect(performance.now() - since).toBeGreaterThanOrEqual(TIMEOUT - 20);
    expect(error).toMatchObject({ error: { code: 'idle-timeout' } });
    expect(error.idleWarningUntil).toBeUndefined();
    await settle();
    expectWiped(h);
    expect(h.snapshotProblems).toEqual([]);
  });

  it('keeps the warning across a language change; stillHere clears it and counts the full timeout again', async () => {
    const h = await startHarness({ flow: { idleTimeoutMs: TIMEOUT, idleWarningMs: WARNING } });
    await toDetails(h, 'citizen-1.8');
    await nextWarning(h);
    await h.flow.setLanguage('fr');
    expect(h.flow.snapshot).toMatchObject({ language: 'fr', idleWarningUntil: expectedUntil(WARNING) });
    const before = h.flow.snapshot.seq;
    await h.flow.stillHere();
    expect(h.flow.snapshot.seq).toBe(before + 1);
    expect(h.flow.snapshot).toMatchObject({ step: 'enterCodeAndContact', language: 'fr' });
    expect(h.flow.snapshot.idleWarningUntil).toBeUndefined();
    const since = performance.now();
    await settle(WARNING + 100); // past the wipe the first warning announced
    expect(h.flow.snapshot.step).toBe('enterCodeAndContact');
    expect(h.flow.snapshot.idleWarningUntil).toBe(expectedUntil(WARNING)); // the second warning
    await h.next('error', 2_000);
    expect(performance.now() - since).toBeGreaterThanOrEqual(TIMEOUT - 20);
  });

  it('is cleared by a change of step, whose own warning comes after the full delay', async () => {
    const h = await startHarness({ flow: { idleTimeoutMs: TIMEOUT, idleWarningMs: WARNING } });
    await toAuthenticatePin(h, 'citizen-1.8');
    await nextWarning(h);
    await typePin(h);
    const details = await h.until('enterCodeAndContact');
    expect(details.idleWarningUntil).toBeUndefined();
    expect(h.snapshots.filter((s) => s.step === 'authenticating' && s.idleWarningUntil)).toEqual([]);
    const since = performance.now();
    const { snapshot, at } = await nextWarning(h);
    expect(snapshot.step).toBe('enterCodeAndContact');
    expect(at - since).toBeGreaterThanOrEqual(TIMEOUT - WARNING - 20);
  });

  it('takes stillHere as a no-op while the flow works, and without a warning re-arms silently', async () => {
    const h = await startHarness({ flow: { idleTimeoutMs: TIMEOUT, idleWarningMs: WARNING } });
    await toAuthenticatePin(h, 'citizen-1.8');
    for (let i = 0; i < 4; i++) {
      await settle(100);
      await h.flow.stillHere(); // every 100 ms: the warning (due after 200 ms) never comes
    }
    expect(h.snapshots.filter((s) => s.idleWarningUntil !== undefined)).toEqual([]);
    const held = h.hold('authenticate');
    void typePin(h);
    await held.reached;
    const working = h.flow.snapshot.seq;
    await expect(h.flow.stillHere()).resolves.toBeUndefined();
    expect(h.flow.snapshot).toMatchObject({ step: 'authenticating', seq: working });
    held.release();
    await h.until('enterCodeAndContact');
  });

  it('clamps a warning longer than the timeout to it, and 0 means no warning', async () => {
    const long = await startHarness({ flow: { idleTimeoutMs: 300, idleWarningMs: 60_000 } });
    await toAuthenticatePin(long, 'citizen-1.8');
    const { snapshot } = await nextWarning(long, 100); // at once
    expect(snapshot.idleWarningUntil).toBe(expectedUntil(300));
    await long.next('error', 1_000);
  });

  it('without a warning, times out straight away as before', async () => {
    const h = await startHarness({ flow: { idleTimeoutMs: 300, idleWarningMs: 0 } });
    await toAuthenticatePin(h, 'citizen-1.8');
    await h.next('error', 2_000);
    expect(h.snapshots.some((s) => s.idleWarningUntil !== undefined)).toBe(false);
  });
});
