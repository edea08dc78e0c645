import { describe, expect, it } from 'vitest';
import { FLOW_ERROR_CODES, flowError } from '../../../common/flow/flow-errors.ts';
import { LANGUAGES } from '../../../common/i18n/languages.ts';
import { readLocaleResources } from '../../../electron/app/i18n/translator.ts';
import { errorAction, errorMessageKeys } from '../../../renderer/src/i18n/error-messages.ts';

const wizard = readLocaleResources();

/** The string at dotted `key` of `language`'s wizard namespace, or undefined. */
function lookUp(language: (typeof LANGUAGES)[number], key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      wizard[language].wizard,
    );
}

describe('every flow error has its own words (style.md rule 6)', () => {
  it.each(FLOW_ERROR_CODES)('%s has a title, text and action in nl, fr, de and en', (code) => {
    const keys = errorMessageKeys(code);
    for (const language of LANGUAGES)
      for (const key of [keys.title, keys.text, keys.action])
        expect(typeof lookUp(language, key), `${language}:${key}`).toBe('string');
  });

  it('titles differ between codes, so no two errors read the same', () => {
    const titles = FLOW_ERROR_CODES.map((code) => lookUp('en', errorMessageKeys(code).title));
    expect(new Set(titles).size).toBe(FLOW_ERROR_CODES.length);
  });

  it('refuses a code it does not know', () => {
    expect(() => errorMessageKeys('no-such-code' as never)).toThrow(RangeError);
  });
});

describe('the error screen action', () => {
  it('retries when the error names a step, else starts again', () => {
    expect(errorAction(flowError('service-busy', { retryTo: 'submitting' }))).toBe('retry');
    expect(errorAction(flowError('pin-blocked'))).toBe('restart');
  });
});
