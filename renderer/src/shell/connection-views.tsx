import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/i18n/languages.ts';
import { PageLayout } from './page-layout.tsx';
import { StepFrame } from './step-frame.tsx';
import { ThemeShell } from './theme-shell.tsx';

/** Props of the screens shown without a connection to main. */
export interface OfflineProps {
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
}

/** While the page connects to main. */
export function ConnectingView({ language, onLanguage }: OfflineProps) {
  const { t } = useTranslation();
  return (
    <ThemeShell language={language}>
      <PageLayout language={language} onLanguage={onLanguage}>
        <Box component="main" data-step="connecting" aria-busy="true" sx={{ display: 'flex', gap: 2, mt: 3 }}>
          <CircularProgress aria-label={t('connection.connecting')} size={32} />
          <Typography>{t('connection.connecting')}</Typography>
        </Box>
      </PageLayout>
    </ThemeShell>
  );
}

/**
 * The connection to main is gone (the transport closed) or never came (issue 6 point 3).
 * Nothing can be done from here but to close and reopen the program.
 */
export function ConnectionLostView({ language, onLanguage }: OfflineProps) {
  const { t } = useTranslation();
  return (
    <ThemeShell language={language}>
      <PageLayout language={language} onLanguage={onLanguage}>
        <Box component="main" data-step="connectionLost" sx={{ mt: 3 }}>
          <StepFrame title={t('connection.lostTitle')}>
            <Typography>{t('connection.lostText')}</Typography>
            <Typography>{t('connection.lostAdvice')}</Typography>
          </StepFrame>
        </Box>
      </PageLayout>
    </ThemeShell>
  );
}
