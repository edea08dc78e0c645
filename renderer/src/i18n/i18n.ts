import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from '@locales/de/wizard.json';
import en from '@locales/en/wizard.json';
import fr from '@locales/fr/wizard.json';
import nl from '@locales/nl/wizard.json';
import type { Language } from '../../../common/i18n/languages.ts';

/**
 * The renderer's i18next instance (style.md rule 9): the `wizard` namespace of all four
 * languages is bundled at build time, so nothing is fetched and switching is instant. The
 * flow's snapshot decides the language (see `use-language.ts`).
 */
export function createI18n(language: Language): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['nl', 'fr', 'de', 'en'],
    ns: ['wizard'],
    defaultNS: 'wizard',
    resources: { nl: { wizard: nl }, fr: { wizard: fr }, de: { wizard: de }, en: { wizard: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
