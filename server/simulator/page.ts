import { API_PREFIX } from '../../common/api/paths.ts';
import { LANGUAGES, type Language } from '../../common/i18n/languages.ts';
import { lookup, translate, type ServiceMessages } from './translations.ts';

/** Each language in its own name, for the language switch (not translated on purpose). */
const ENDONYMS: Readonly<Record<Language, string>> = {
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  en: 'English',
};

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside a `<script type="application/json">` element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The device simulator page, server-rendered in `language`: every visible string comes from
 * locales/<lang>/service.json; the client script gets the strings it swaps in as a JSON data
 * block (not executed, so the CSP needs no inline script). Status changes are announced by a
 * `role="status"` region; the countdown is a `role="timer"`, which is not announced every second.
 */
export function renderSimulatorPage(language: Language, messages: ServiceMessages): string {
  const t = (key: string): string => escapeHtml(translate(messages, `simulator.${key}`));
  const client = { api: API_PREFIX, strings: lookup(messages, 'simulator') };
  const languages = LANGUAGES.map(
    (l) =>
      `<li><a href="?lang=${l}" lang="${l}" hreflang="${l}"${l === language ? ' aria-current="page"' : ''}>${ENDONYMS[l]}</a></li>`,
  ).join('');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('title')}</title>
<link rel="stylesheet" href="/simulator/simulator.css">
<script type="application/json" id="simulator-data">${scriptJson(client)}</script>
<script src="/simulator/simulator.js" defer></script>
</head>
<body>
<main class="phone">
<nav aria-label="${t('language')}"><ul class="languages">${languages}</ul></nav>
<h1>${t('heading')}</h1>
<p class="note">${t('note')}</p>
<p>${t('intro')}</p>
<button type="button" id="start">${t('start')}</button>
<section id="code-panel" aria-labelledby="code-label" hidden>
<h2 id="code-label">${t('codeLabel')}</h2>
<p id="code" class="code"></p>
<p id="countdown" role="timer"></p>
<p>${t('codeHelp')}</p>
</section>
<p id="status" role="status" aria-live="polite"></p>
<section id="holder-panel" aria-labelledby="holder-label" hidden>
<h2 id="holder-label">${t('holderLabel')}</h2>
<p id="holder" class="holder"></p>
<button type="button" id="confirm">${t('confirm')}</button>
</section>
<button type="button" id="restart" hidden>${t('restart')}</button>
</main>
</body>
</html>
`;
}
