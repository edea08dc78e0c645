import { useLayoutEffect, useState } from 'react';
import type { i18n } from 'i18next';
import type { Language } from '../../../common/i18n/languages.ts';
import type { WizardRemote } from '../../../common/flow/wizard-remote.ts';

/**
 * The active language (issue 6 point 4). The snapshot's `language` is the source of truth;
 * a language the person just chose is shown at once, until the snapshot's language changes
 * (main took it, or another front end chose another). i18next and `<html lang>` follow.
 */
export function useLanguage(
  remote: WizardRemote,
  snapshotLanguage: Language,
  i18n: i18n,
): readonly [Language, (language: Language) => void] {
  const [chosen, setChosen] = useState<{ language: Language; over: Language } | undefined>();
  const language =
    chosen !== undefined && chosen.over === snapshotLanguage ? chosen.language : snapshotLanguage;
  useLayoutEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  const choose = (next: Language) => {
    setChosen({ language: next, over: snapshotLanguage });
    remote.setLanguage(next).catch(() => setChosen(undefined));
  };
  return [language, choose] as const;
}
