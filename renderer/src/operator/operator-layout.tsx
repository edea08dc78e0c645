import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/i18n/languages.ts';
import { LanguageSwitch } from '../shell/language-switch.tsx';
import { OPERATOR_NS } from './operator-i18n.ts';

/** Props of {@link OperatorLayout}. */
export interface OperatorLayoutProps {
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
  readonly children: ReactNode;
}

/** The operator window's frame: the window's name, the language switch, the content. */
export function OperatorLayout({ language, onLanguage, children }: OperatorLayoutProps) {
  const { t } = useTranslation(OPERATOR_NS);
  return (
    <Container maxWidth="md" sx={{ py: { xs: 2, sm: 4 }, px: { xs: 2, sm: 3 } }}>
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
          {t('app.name')}
        </Typography>
        <LanguageSwitch current={language} onChange={onLanguage} />
      </Box>
      {children}
    </Container>
  );
}
