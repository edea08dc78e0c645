import type { i18n } from 'i18next';
import de from '@locales/de/operator.json';
import en from '@locales/en/operator.json';
import fr from '@locales/fr/operator.json';
import nl from '@locales/nl/operator.json';
import type { Language } from '../../../common/i18n/languages.ts';
import { createI18n } from '../i18n/i18n.ts';

/** The namespace of the operator window's words (`locales/<lang>/operator.json`). */
export const OPERATOR_NS = 'operator';

const BUNDLES: Readonly<Record<Language, Record<string, unknown>>> = { nl, fr, de, en };

/**
 * The operator window's i18next instance: the wizard's own set-up (`createI18n`, whose
 * `wizard` namespace the reused language switch and step indicator read) plus the `operator`
 * namespace of all four languages, bundled at build time like the wizard's.
 */
export function createOperatorI18n(language: Language): i18n {
  const instance = createI18n(language);
  for (const [lang, bundle] of Object.entries(BUNDLES)) instance.addResourceBundle(lang, OPERATOR_NS, bundle);
  return instance;
}
