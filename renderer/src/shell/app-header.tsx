import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/i18n/languages.ts';
import { LanguageSwitch } from './language-switch.tsx';

/** Props of {@link AppHeader}. */
export interface AppHeaderProps {
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
  /** The name shown (default the wizard's `app.name`; the operator window passes its own). */
  readonly title?: string;
}

/** The header of every screen: the app's (or the window's) name and the language switch. */
export function AppHeader({ language, onLanguage, title }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <Box
      component="header"
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 1,
        mb: 3,
      }}
    >
      <Typography component="p" variant="h6" sx={{ fontWeight: 700 }}>
        {title ?? t('app.name')}
      </Typography>
      <LanguageSwitch current={language} onChange={onLanguage} />
    </Box>
  );
}
