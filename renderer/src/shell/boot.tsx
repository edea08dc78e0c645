import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WizardRemote } from '../../../common/flow/wizard-remote.ts';
import { isLanguage, type Language } from '../../../common/i18n/languages.ts';
import type { MainConnection } from '../connection/connect-to-main.ts';
import { ConnectingView, ConnectionLostView } from './connection-views.tsx';
import { WizardApp } from './wizard-app.tsx';

type Connection = { state: 'connecting' } | { state: 'connected'; remote: WizardRemote } | { state: 'lost' };

/**
 * Shows the wizard once the connection to main is up, and the connection-lost screen when its
 * transport closes or never opens (issue 6 point 3).
 */
export function Boot({ connection }: { readonly connection: Promise<MainConnection> }) {
  const { i18n } = useTranslation();
  const [state, setState] = useState<Connection>({ state: 'connecting' });
  useEffect(() => {
    let active = true;
    let stop = (): void => {};
    connection.then(
      (main) => {
        if (!active) return;
        stop = main.onClose(() => setState({ state: 'lost' }));
        setState((now) => (now.state === 'lost' ? now : { state: 'connected', remote: main.remote }));
      },
      () => {
        if (active) setState({ state: 'lost' });
      },
    );
    return () => {
      active = false;
      stop();
    };
  }, [connection]);
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  const onLanguage = (next: Language) => {
    document.documentElement.lang = next;
    void i18n.changeLanguage(next);
  };
  if (state.state === 'connected') return <WizardApp remote={state.remote} />;
  if (state.state === 'lost') return <ConnectionLostView language={language} onLanguage={onLanguage} />;
  return <ConnectingView language={language} onLanguage={onLanguage} />;
}
