import type { Language } from '../../../common/i18n/languages.ts';

/**
 * Each language's name in that language (registration-flow.md "Every screen: language
 * switch"): the same in every locale, so a person finds their own language whatever the
 * screen shows now. Not translated on purpose.
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  en: 'English',
};
