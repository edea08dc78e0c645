/** The languages eID Wizard speaks: Belgium's three official languages and English. */
export const LANGUAGES = ['nl', 'fr', 'de', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

/** Narrows a string to a {@link Language}. */
export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language of a POSIX locale name (`nl_BE.UTF-8`, `fr-BE`, `de`), or undefined when it is
 * none of ours (`C`, `POSIX`, `es_ES`).
 */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const code = locale?.trim().slice(0, 2).toLowerCase() ?? '';
  return isLanguage(code) ? code : undefined;
}

/**
 * Windows LANGIDs for a pinpad reader's prompt (PC/SC part 10 wLangId; belpic-protocol.md
 * §6.4): Dutch (Netherlands/Belgium use 0x0413), French 0x040C, German 0x0407, English 0x0409.
 */
export const PINPAD_LANGUAGE_ID: Readonly<Record<Language, number>> = {
  nl: 0x0413,
  fr: 0x040c,
  de: 0x0407,
  en: 0x0409,
};
