import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../../common/i18n/languages.ts';
import { useConnection } from '../connection/use-connection.ts';
import { ThemeShell } from '../shell/theme-shell.tsx';
import type { DeskConnection } from './connect-to-desk.ts';
import { OperatorApp } from './operator-app.tsx';
import { OperatorLayout } from './operator-layout.tsx';
import { OPERATOR_NS } from './operator-i18n.ts';

/**
 * The operator window: the desk once connected, a "connecting" and a "connection lost"
 * screen otherwise. The language is the operator's own (the switch changes this window only).
 */
export function OperatorBoot({ connection }: { readonly connection: Promise<DeskConnection> }) {
  const { t, i18n } = useTranslation(OPERATOR_NS);
  const state = useConnection(connection);
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.name');
  }, [language, t]);
  const onLanguage = (next: Language) => void i18n.changeLanguage(next);
  return (
    <ThemeShell language={language}>
      <OperatorLayout language={language} onLanguage={onLanguage}>
        {state.state === 'connected' ? (
          <OperatorApp remote={state.remote} language={language} />
        ) : state.state === 'lost' ? (
          <Box component="main" data-step="connectionLost">
            <Typography component="h1" variant="h4" sx={{ mb: 2 }}>
              {t('connection.lostTitle')}
            </Typography>
            <Typography>{t('connection.lostText')}</Typography>
          </Box>
        ) : (
          <Box component="main" data-step="connecting" aria-busy="true" sx={{ display: 'flex', gap: 2 }}>
            <CircularProgress aria-label={t('connection.connecting')} size={32} />
            <Typography>{t('connection.connecting')}</Typography>
          </Box>
        )}
      </OperatorLayout>
    </ThemeShell>
  );
}
