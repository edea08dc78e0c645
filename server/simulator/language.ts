import { isLanguage, languageOfLocale, type Language } from '../../common/i18n/languages.ts';

/**
 * The page's language: `?lang=` when it is one of ours, else the first of ours in the
 * browser's `Accept-Language` by quality (RFC 9110 §12.5.4), else English.
 */
export function chooseLanguage(query: string | undefined, acceptLanguage: string | undefined): Language {
  const asked = query?.trim().toLowerCase();
  if (asked !== undefined && isLanguage(asked)) return asked;
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((range) => range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const range of ranges) {
    const language = languageOfLocale(range.tag);
    if (language !== undefined) return language;
  }
  return 'en';
}
