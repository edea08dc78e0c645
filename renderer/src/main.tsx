import { CacheProvider } from '@emotion/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { languageOfLocale } from '../../common/i18n/languages.ts';
import { connectToMain } from './connection/connect-to-main.ts';
import { createI18n } from './i18n/i18n.ts';
import { Boot } from './shell/boot.tsx';
import { createStyleCache } from './theme/emotion-cache.ts';

/**
 * The wizard page's entry (issue 6): connects to main at once, and renders in the browser's
 * language until the flow's first snapshot says which one the flow speaks.
 */
const language = languageOfLocale(navigator.language) ?? 'en';
document.documentElement.lang = language;
const i18n = createI18n(language);
const connection = connectToMain();
const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <CacheProvider value={createStyleCache()}>
      <I18nextProvider i18n={i18n}>
        <Boot connection={connection} />
      </I18nextProvider>
    </CacheProvider>
  </StrictMode>,
);
