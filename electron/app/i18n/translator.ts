import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type Resource, type TFunction } from 'i18next';
import { LANGUAGES, languageOfLocale, type Language } from '../../../common/i18n/languages.ts';
import { findDirectory } from '../resources/find-directory.ts';

/** The `locales/` folder (one sub-folder per language). */
export function localesDirectory(): string {
  return findDirectory('locales', 'en');
}

/** Reads every namespace JSON of every language from `locales/`. */
export function readLocaleResources(
  directory = localesDirectory(),
): Record<Language, Record<string, unknown>> {
  const resources = {} as Record<Language, Record<string, unknown>>;
  for (const language of LANGUAGES) {
    const namespaces: Record<string, unknown> = {};
    for (const file of readdirSync(join(directory, language)).filter((name) => name.endsWith('.json'))) {
      namespaces[file.slice(0, -'.json'.length)] = JSON.parse(
        readFileSync(join(directory, language, file), 'utf8'),
      );
    }
    resources[language] = namespaces;
  }
  return resources;
}

/**
 * The language for a terminal: `--lang` when given, else LC_ALL, LC_MESSAGES or LANG, else
 * English.
 */
export function terminalLanguage(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Language {
  return (
    languageOfLocale(flag) ??
    languageOfLocale(env.LC_ALL) ??
    languageOfLocale(env.LC_MESSAGES) ??
    languageOfLocale(env.LANG) ??
    'en'
  );
}

/**
 * A translate function for `language` and `namespace`, with English as the fallback. With
 * `onMissingKey` (tests), there is no fallback and every key missing in `language` is reported,
 * so a test can prove a view has all its words in every language. `directory`: the `locales/`
 * folder (an installed app passes its resources folder).
 */
export async function createTranslator(
  language: Language,
  namespace: string,
  onMissingKey?: (key: string) => void,
  directory = localesDirectory(),
): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: onMissingKey === undefined ? 'en' : false,
    ns: [namespace],
    defaultNS: namespace,
    resources: readLocaleResources(directory) as Resource,
    interpolation: { escapeValue: false },
    ...(onMissingKey === undefined
      ? {}
      : {
          saveMissing: true,
          missingKeyHandler: (_languages: readonly string[], _ns: string, key: string) => onMissingKey(key),
        }),
  });
  return instance.t;
}
