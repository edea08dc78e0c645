/**
 * The person's typing and pointing as activity for the kiosk's idle timeout
 * (docs/wizard-ui.md "Idle warning"): reported to main as `stillHere`, at most once per
 * interval, so that someone slowly typing an e-mail address never sees the warning, and a
 * key press is not a message. Pure, so the clock is a parameter.
 */

/** At most one `stillHere` per this many milliseconds (far below any idle timeout). */
export const ACTIVITY_INTERVAL_MS = 20_000;

/** The DOM events that count as the person acting (capture phase, on the document). */
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'input'] as const;

/**
 * Whether activity at `now` is to be reported, the last report having been at `lastSent`
 * (`undefined`: none yet on this step). Leading edge: the first activity is reported at once.
 */
export function shouldReportActivity(
  lastSent: number | undefined,
  now: number,
  intervalMs: number = ACTIVITY_INTERVAL_MS,
): boolean {
  return lastSent === undefined || now - lastSent >= intervalMs || now < lastSent;
}
