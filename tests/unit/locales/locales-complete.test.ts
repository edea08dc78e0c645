import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../common/i18n/languages.ts';
import { readLocaleResources } from '../../../electron/app/i18n/translator.ts';

/** Flattens nested JSON into `a.b.c` → value. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** `{{name}}` placeholders of a string, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] as string).sort();
}

const resources = readLocaleResources();
const namespaces = Object.keys(resources.en);

describe('locales are complete in nl, fr, de and en (style rule 9)', () => {
  it('has at least one namespace', () => {
    expect(namespaces.length).toBeGreaterThan(0);
  });

  it.each(LANGUAGES)('%s has the same namespaces as en', (language) => {
    expect(Object.keys(resources[language]).sort()).toEqual([...namespaces].sort());
  });

  describe.each(namespaces)('namespace %s', (namespace) => {
    const english = flatten(resources.en[namespace]);
    it.each(LANGUAGES)('%s: same keys as en, no empty value, same placeholders', (language) => {
      const translated = flatten(resources[language][namespace]);
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, value] of translated) {
        expect(typeof value, `${language}:${namespace}:${key}`).toBe('string');
        expect((value as string).trim(), `${language}:${namespace}:${key}`).not.toBe('');
        expect(placeholders(value as string), `${language}:${namespace}:${key}`).toEqual(
          placeholders(english.get(key) as string),
        );
      }
    });
  });
});
