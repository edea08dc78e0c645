import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../common/i18n/languages.ts';
import { LANGUAGE_NAMES } from '../i18n/language-names.ts';

/** Props of {@link LanguageSwitch}. */
export interface LanguageSwitchProps {
  readonly current: Language;
  readonly onChange: (language: Language) => void;
}

/**
 * The language switch on every screen (registration-flow.md "Every screen"): one button per
 * language, named in that language (`lang` set, so a screen reader pronounces it right), the
 * current one pressed.
 */
export function LanguageSwitch({ current, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" role="group" aria-label={t('language.label')} sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          lang={language}
          size="small"
          variant={language === current ? 'contained' : 'text'}
          aria-pressed={language === current}
          data-testid={`language-${language}`}
          onClick={() => onChange(language)}
          sx={{ minWidth: 44, minHeight: 44 }}
        >
          {LANGUAGE_NAMES[language]}
        </Button>
      ))}
    </Stack>
  );
}
