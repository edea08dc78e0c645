import Container from '@mui/material/Container';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/i18n/languages.ts';
import { AppHeader } from '../shell/app-header.tsx';
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
      <AppHeader language={language} onLanguage={onLanguage} title={t('app.name')} />
      {children}
    </Container>
  );
}
