import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flowError } from '../../../../../common/flow/flow-errors.ts';
import { KioskSession, type ResetReason } from '../../../../../electron/app/kiosk/kiosk-session.ts';
import { fakeResettableFlow } from './fake-resettable-flow.ts';

const DONE_RESET_MS = 30_000;

function start(doneResetMs = DONE_RESET_MS, resetView = vi.fn(async () => {})) {
  const flow = fakeResettableFlow();
  let cardRemoved: (() => void) | undefined;
  const stopCardEvents = vi.fn();
  const failures: unknown[] = [];
  const reasons: ResetReason[] = [];
  const session = new KioskSession({
    flow,
    defaultLanguage: 'en',
    doneResetMs,
    onCardRemoved: (listener) => ((cardRemoved = listener), stopCardEvents),
    resetView,
    onReset: (reason) => reasons.push(reason),
    onResetFailed: (error) => failures.push(error),
  });
  const removeCard = (): void => cardRemoved?.();
  return { flow, session, resetView, reasons, removeCard, stopCardEvents, failures };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('KioskSession', () => {
  it('resets when the flow shows cardRemoved: cancel, default language, fresh view, once', async () => {
    const { flow, resetView, reasons } = start();
    flow.publish({ step: 'readingCard', reader: 'A' }, 'nl');
    flow.publish({ step: 'cardRemoved' });
    await vi.runAllTimersAsync();
    expect(flow.cancel).toHaveBeenCalledOnce();
    expect(flow.setLanguage).toHaveBeenCalledExactlyOnceWith('en');
    expect(resetView).toHaveBeenCalledOnce();
    expect(reasons).toEqual(['card-removed']);
    expect(flow.snapshot).toMatchObject({ step: 'welcome', language: 'en' });
  });

  it('cancels the flow and sets the language before it resets the view', async () => {
    const { flow, resetView } = start();
    flow.publish({ step: 'cardRemoved' });
    await vi.runAllTimersAsync();
    const [cancelled] = flow.cancel.mock.invocationCallOrder;
    const [language] = flow.setLanguage.mock.invocationCallOrder;
    const [view] = resetView.mock.invocationCallOrder;
    expect(cancelled).toBeLessThan(language ?? 0);
    expect(language).toBeLessThan(view ?? 0);
  });

  it('resets when the idle timeout ends a session', async () => {
    const { flow, resetView, reasons } = start();
    flow.publish({ step: 'error', error: flowError('idle-timeout', { retryTo: 'welcome' }) }, 'fr');
    await vi.runAllTimersAsync();
    expect(flow.cancel).toHaveBeenCalledOnce();
    expect(resetView).toHaveBeenCalledOnce();
    expect(reasons).toEqual(['timeout']);
  });

  it('leaves other errors on screen', async () => {
    const { flow, resetView } = start();
    flow.publish({ step: 'error', error: flowError('card-unreadable') });
    await vi.runAllTimersAsync();
    expect(resetView).not.toHaveBeenCalled();
  });

  it('resets doneResetMs after done', async () => {
    const { flow, resetView, reasons } = start();
    flow.publish({ step: 'done' });
    await vi.advanceTimersByTimeAsync(DONE_RESET_MS - 1);
    expect(resetView).not.toHaveBeenCalled();
    flow.publish({ step: 'done' }); // a new snapshot on the same step does not restart the wait
    await vi.advanceTimersByTimeAsync(1);
    expect(resetView).toHaveBeenCalledOnce();
    expect(reasons).toEqual(['finished']);
  });

  it('does not reset after done when the step changes before the time is up', async () => {
    const { flow, resetView } = start();
    flow.publish({ step: 'done' });
    await vi.advanceTimersByTimeAsync(DONE_RESET_MS / 2);
    flow.publish({ step: 'welcome' });
    await vi.advanceTimersByTimeAsync(DONE_RESET_MS * 2);
    expect(resetView).not.toHaveBeenCalled();
  });

  it('keeps the done screen until the card is removed when doneResetMs is 0', async () => {
    const { flow, resetView, removeCard, reasons } = start(0);
    flow.publish({ step: 'done' });
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(resetView).not.toHaveBeenCalled();
    removeCard();
    await vi.runAllTimersAsync();
    expect(reasons).toEqual(['card-removed']);
  });

  it('does nothing when the card leaves while the machine is at rest', async () => {
    const { flow, resetView, removeCard } = start();
    removeCard();
    await vi.runAllTimersAsync();
    expect(flow.cancel).not.toHaveBeenCalled();
    expect(resetView).not.toHaveBeenCalled();
  });

  it('resets on card removal at welcome when the last person changed the language', async () => {
    const { flow, resetView, removeCard } = start();
    flow.publish({ step: 'welcome' }, 'de');
    removeCard();
    await vi.runAllTimersAsync();
    expect(flow.setLanguage).toHaveBeenCalledExactlyOnceWith('en');
    expect(resetView).toHaveBeenCalledOnce();
  });

  it('joins concurrent resets (one view reset)', async () => {
    const { flow, session, resetView, reasons, removeCard } = start();
    flow.publish({ step: 'signing', pinpad: false });
    const first = session.reset('operator');
    removeCard();
    flow.publish({ step: 'cardRemoved' });
    expect(session.reset('renderer-gone')).toBe(first);
    await vi.runAllTimersAsync();
    await first;
    expect(flow.cancel).toHaveBeenCalledOnce();
    expect(resetView).toHaveBeenCalledOnce();
    expect(reasons).toEqual(['operator']);
  });

  it('resets again once the previous reset is over', async () => {
    const { flow, session, resetView } = start();
    flow.publish({ step: 'signing', pinpad: false });
    await session.reset('operator');
    flow.publish({ step: 'readingCard', reader: 'A' });
    await session.reset('renderer-gone');
    expect(resetView).toHaveBeenCalledTimes(2);
  });

  it('stops following the flow and the card when closed', async () => {
    const { flow, session, resetView, stopCardEvents } = start();
    flow.publish({ step: 'done' });
    session.close();
    expect(flow.listenerCount()).toBe(0);
    expect(stopCardEvents).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(DONE_RESET_MS * 2);
    expect(resetView).not.toHaveBeenCalled();
  });

  it('hands a reset that fails to onResetFailed (the shell restarts the app), never an unhandled rejection', async () => {
    const broken = new Error('page gone');
    const { flow, failures, reasons } = start(
      DONE_RESET_MS,
      vi.fn(async () => Promise.reject(broken)),
    );
    flow.publish({ step: 'signing', pinpad: false });
    flow.publish({ step: 'cardRemoved' });
    await vi.advanceTimersByTimeAsync(0);
    expect(failures).toEqual([broken]);
    expect(reasons).toEqual([]);
  });
});
