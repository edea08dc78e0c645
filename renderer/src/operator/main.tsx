import { CacheProvider } from '@emotion/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { languageOfLocale } from '../../../common/i18n/languages.ts';
import { createStyleCache } from '../theme/emotion-cache.ts';
import { connectToDesk } from './connect-to-desk.ts';
import { createOperatorI18n } from './operator-i18n.ts';
import { OperatorBoot } from './operator-boot.tsx';

/**
 * The operator window's entry (assisted mode, issue 7 point 5): connects to the desk in main
 * at once, in the browser's language; the operator's language is the window's own, not the
 * citizen's.
 */
const language = languageOfLocale(navigator.language) ?? 'en';
document.documentElement.lang = language;
const i18n = createOperatorI18n(language);
const connection = connectToDesk();
const container = document.getElementById('root');
if (container === null) throw new Error('operator.html has no #root');

createRoot(container).render(
  <StrictMode>
    <CacheProvider value={createStyleCache()}>
      <I18nextProvider i18n={i18n}>
        <OperatorBoot connection={connection} />
      </I18nextProvider>
    </CacheProvider>
  </StrictMode>,
);
