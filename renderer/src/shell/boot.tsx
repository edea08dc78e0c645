import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../../common/i18n/languages.ts';
import type { MainConnection } from '../connection/connect-to-main.ts';
import { useConnection } from '../connection/use-connection.ts';
import { ConnectingView, ConnectionLostView } from './connection-views.tsx';
import { WizardApp } from './wizard-app.tsx';

/**
 * Shows the wizard once the connection to main is up, and the connection-lost screen when its
 * transport closes or never opens (issue 6 point 3).
 */
export function Boot({ connection }: { readonly connection: Promise<MainConnection> }) {
  const { i18n } = useTranslation();
  const state = useConnection(connection);
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  const onLanguage = (next: Language) => {
    document.documentElement.lang = next;
    void i18n.changeLanguage(next);
  };
  if (state.state === 'connected') return <WizardApp remote={state.remote} />;
  if (state.state === 'lost') return <ConnectionLostView language={language} onLanguage={onLanguage} />;
  return <ConnectingView language={language} onLanguage={onLanguage} />;
}
