/**
 * The registration code's validity countdown (registration-flow.md step 4: "valid 15 minutes;
 * show the validity countdown when the service says it"). Pure, so the clock is a parameter.
 */

/** Whole seconds from `now` until `expiresAt` (ISO date-time), never below 0. */
export function secondsLeft(expiresAt: string, now: number): number {
  const end = Date.parse(expiresAt);
  if (Number.isNaN(end)) return 0;
  return Math.max(0, Math.ceil((end - now) / 1000));
}

/** `m:ss` for a number of seconds (`14:05`, `0:09`), with the digits of `language`. */
export function formatMinutesSeconds(seconds: number, language: string): string {
  const whole = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  const digits = new Intl.NumberFormat(language, { minimumIntegerDigits: 2, useGrouping: false });
  return `${new Intl.NumberFormat(language).format(minutes)}:${digits.format(rest)}`;
}

/**
 * The minutes a screen reader hears (rounded up: "14 minutes" until 13 min 0 s), so the
 * polite announcement changes at most once a minute; 0 once expired.
 */
export function announcedMinutes(seconds: number): number {
  return Math.max(0, Math.ceil(seconds / 60));
}

/** "in 14 minutes" / "dans 14 minutes" in `language`, from Intl.RelativeTimeFormat. */
export function formatMinutesFromNow(minutes: number, language: string): string {
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(minutes, 'minute');
}

/** The seconds at which the idle warning's polite announcement changes (docs/wizard-ui.md). */
export const IDLE_ANNOUNCED_SECONDS = [20, 10, 5] as const;

/**
 * What the idle warning announces with `seconds` left: "less than N seconds" for the smallest
 * N of {@link IDLE_ANNOUNCED_SECONDS} not below `seconds` (so the words change three times,
 * not every second, and are true from the moment they appear); nothing above 20 s (the dialog
 * itself was announced when it opened).
 */
export function announcedIdleSeconds(seconds: number): number | undefined {
  return [...IDLE_ANNOUNCED_SECONDS].reverse().find((limit) => seconds <= limit);
}
