import { describe, expect, it } from 'vitest';
import type { FlowSnapshot } from '../../../common/flow/snapshot.ts';
import { FLOW_STEPS } from '../../../common/flow/steps.ts';
import { LANGUAGES } from '../../../common/i18n/languages.ts';
import { readLocaleResources } from '../../../electron/app/i18n/translator.ts';
import { announcementsOf } from '../../../renderer/src/steps/announcements.ts';
import { shouldAutoStartPinpad, STEP_TITLE_KEY, viewKey } from '../../../renderer/src/steps/step-meta.ts';

const wizard = readLocaleResources();
const lookUp = (language: (typeof LANGUAGES)[number], key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      wizard[language].wizard,
    );

describe('one screen per flow step', () => {
  it('names a title for exactly the steps of common/flow/steps.ts', () => {
    expect(Object.keys(STEP_TITLE_KEY).sort()).toEqual([...FLOW_STEPS].sort());
  });

  it.each(FLOW_STEPS)('%s has its title in every language', (step) => {
    for (const language of LANGUAGES)
      expect(typeof lookUp(language, STEP_TITLE_KEY[step]), `${language}:${step}`).toBe('string');
  });

  it('remounts on a new step, and on a new error code', () => {
    const base = { seq: 1, language: 'en' } as const;
    expect(viewKey({ ...base, step: 'welcome' })).toBe('welcome');
    expect(viewKey({ ...base, step: 'error', error: { code: 'internal', category: 'internal' } })).toBe(
      'error:internal',
    );
  });
});

describe('live announcements', () => {
  const base = { seq: 3, language: 'en' } as const;

  it('reads the step title politely', () => {
    expect(announcementsOf({ ...base, step: 'done' })).toEqual({ polite: { key: 'steps.done.title' } });
  });

  it('reads a wrong PIN at once, with the tries left', () => {
    const snapshot: FlowSnapshot = {
      ...base,
      step: 'signPin',
      pinTriesLeft: 2,
      pinpad: false,
      wrongPin: true,
      codeExpiresAt: '2026-05-04T10:15:00Z',
    };
    expect(announcementsOf(snapshot).assertive).toEqual({ key: 'pin.wrong', values: { count: 2 } });
  });

  it('reads an error screen once, assertively', () => {
    const result = announcementsOf({
      ...base,
      step: 'error',
      error: { code: 'pin-blocked', category: 'pin' },
    });
    expect(result).toEqual({ assertive: { key: 'errors.pin-blocked.title' } });
  });

  it('reads a refused code or contact field', () => {
    const details = { ...base, step: 'enterCodeAndContact', codeBound: false } as const;
    expect(announcementsOf({ ...details, codeProblem: 'unknown', codeTriesLeft: 4 }).assertive).toEqual({
      key: 'details.problem.code-unknown-tries',
      values: { count: 4 },
    });
    expect(announcementsOf({ ...details, contactProblem: 'phone-invalid' }).assertive).toEqual({
      key: 'details.problem.phone-invalid',
    });
    expect(announcementsOf(details).assertive).toBeUndefined();
  });
});

describe('PIN pad entry starts by itself only when the step is entered', () => {
  it('starts after reading the card or confirming', () => {
    expect(shouldAutoStartPinpad('readingCard', 'authenticatePin')).toBe(true);
    expect(shouldAutoStartPinpad('confirmData', 'signPin')).toBe(true);
  });

  it('waits for the person after a cancel, timeout or wrong PIN on the pad', () => {
    expect(shouldAutoStartPinpad('authenticating', 'authenticatePin')).toBe(false);
    expect(shouldAutoStartPinpad('signing', 'signPin')).toBe(false);
  });

  it('never starts outside a PIN step', () => {
    expect(shouldAutoStartPinpad('welcome', 'confirmData')).toBe(false);
  });
});
