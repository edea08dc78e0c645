import type { TFunction } from 'i18next';
import type { Language } from '../../../../common/i18n/languages.ts';

/** What the snapshot renderer needs besides the snapshot: words, language, clock, time zone. */
export interface RenderContext {
  readonly t: TFunction;
  readonly language: Language;
  /** For the code's countdown. */
  readonly now: () => Date;
  /** Time zone of clock times (default: the computer's); tests fix it. */
  readonly timeZone?: string;
  /** `--reader`: the one reader this run uses, named while waiting for it. */
  readonly reader?: string;
  /** The registration service's address, said once at the start (where the data goes). */
  readonly service?: string;
}

/** An ISO `YYYY-MM-DD` date as the language writes it in Belgium (`1 maart 2034`), no day shift. */
export function formatDay(context: RenderContext, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(`${context.language}-BE`, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** A clock time (`14:05`) in the language's Belgian form. */
export function formatTime(context: RenderContext, timestamp: string): string {
  return new Intl.DateTimeFormat(`${context.language}-BE`, {
    timeStyle: 'short',
    ...(context.timeZone === undefined ? {} : { timeZone: context.timeZone }),
  }).format(new Date(timestamp));
}

/**
 * "The code is valid until 14:05 (12 min left)" for the code's expiry (registration-flow.md
 * step 4: show the validity countdown when the service says it); the minutes are whole
 * minutes left, never negative.
 */
export function codeValidity(context: RenderContext, expiresAt: string | undefined): string[] {
  if (expiresAt === undefined) return [];
  const minutes = Math.max(0, Math.floor((Date.parse(expiresAt) - context.now().getTime()) / 60_000));
  return [context.t('register.code.validUntil', { time: formatTime(context, expiresAt), minutes })];
}

/**
 * The idle warning (registration-flow.md step 6, WCAG 2.2.1): when everything is wiped unless
 * the person answers, with the whole seconds left, never negative.
 */
export function idleWarning(context: RenderContext, until: string): string {
  const seconds = Math.max(0, Math.ceil((Date.parse(until) - context.now().getTime()) / 1000));
  return context.t('register.idle.warning', { time: formatTime(context, until), seconds });
}
