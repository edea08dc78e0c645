import Container from '@mui/material/Container';
import type { ReactNode } from 'react';
import type { Language } from '../../../common/i18n/languages.ts';
import { AppHeader } from './app-header.tsx';
import { HelpLine } from './help-line.tsx';

/** Props of {@link PageLayout}. */
export interface PageLayoutProps {
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
  /** Between the header and the main content (the step indicator). */
  readonly indicator?: ReactNode;
  readonly children: ReactNode;
}

/**
 * Every screen's frame (registration-flow.md "Every screen"): header with the app's name and
 * the language switch, the step indicator, the content, the help line. Fluid up to a readable
 * width, so it works at 640 CSS px and 200 % zoom.
 */
export function PageLayout({ language, onLanguage, indicator, children }: PageLayoutProps) {
  return (
    <Container maxWidth="md" sx={{ py: { xs: 2, sm: 4 }, px: { xs: 2, sm: 3 } }}>
      <AppHeader language={language} onLanguage={onLanguage} />
      {indicator}
      {children}
      <HelpLine />
    </Container>
  );
}
