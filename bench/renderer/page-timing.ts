import type { Browser } from 'playwright';

/** The welcome screen's start button: the wizard is usable once it is visible and enabled. */
export const START_BUTTON = '[data-testid="action-start"]';

/** What one page load measured, in ms since navigation start. */
export interface PageTiming {
  readonly firstContentfulPaint: number;
  /** When the start button first existed, visible and enabled. */
  readonly interactive: number;
}

/**
 * Injected before the page's own scripts (Playwright's init scripts are not subject to the
 * page's CSP). It records `performance.now()` the first time the start button exists, is
 * rendered and is enabled: checked on every DOM mutation (a MutationObserver runs before the
 * next paint) and on every animation frame (for changes no mutation shows, e.g. a stylesheet
 * arriving). A string, so that this DOM code needs no DOM types in bench/.
 */
const RECORD_INTERACTIVE = `(() => {
  const marks = (window.__eidwBench = { interactive: undefined });
  const ready = () => {
    const button = document.querySelector(${JSON.stringify(START_BUTTON)});
    return button !== null && !button.disabled && button.getAttribute('aria-disabled') !== 'true'
      && button.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const check = () => {
    if (marks.interactive !== undefined) return true;
    if (!ready()) return false;
    marks.interactive = performance.now();
    observer.disconnect();
    return true;
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  const frame = () => { if (!check()) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;

/** The bench's marks in the page (set by {@link RECORD_INTERACTIVE}). */
interface PageGlobals {
  readonly __eidwBench?: { readonly interactive?: number };
  readonly document: {
    querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>;
  };
}

/**
 * The timing once both marks exist. A function, not a string: Playwright evaluates a string with
 * `eval`, which the page's CSP (`script-src 'self'`) refuses.
 */
function readTiming(): PageTiming | undefined {
  const page = globalThis as unknown as PageGlobals;
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const interactive = page.__eidwBench?.interactive;
  return paint === undefined || interactive === undefined
    ? undefined
    : { firstContentfulPaint: paint.startTime, interactive };
}

/** What the page shows, for the error message: its test ids and whether it painted. */
function seen(): string {
  const page = globalThis as unknown as PageGlobals;
  return JSON.stringify({
    testIds: Array.from(page.document.querySelectorAll('[data-testid]'), (e) =>
      e.getAttribute('data-testid'),
    ),
    contentfulPaint: performance.getEntriesByName('first-contentful-paint').length > 0,
    interactive: page.__eidwBench?.interactive,
  });
}

/**
 * Loads `pageUrl` in a fresh browser context (no cache, no storage) and measures it. Rejects
 * with a clear message when the start button never becomes usable within `timeoutMs`.
 */
export async function timePageLoad(
  browser: Browser,
  pageUrl: string,
  timeoutMs = 15_000,
): Promise<PageTiming> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(RECORD_INTERACTIVE);
    await page.goto(pageUrl);
    const handle = await page
      .waitForFunction(readTiming, undefined, { timeout: timeoutMs, polling: 50 })
      .catch(async (cause: unknown) => {
        const shown = await page.evaluate(seen).catch(() => 'nothing');
        throw new Error(
          `the wizard did not show a usable ${START_BUTTON} (with a first contentful paint) within ` +
            `${timeoutMs} ms: is the welcome screen built (npm run build:wizard)?\n` +
            `  on the page: ${shown}\n  page errors: ${errors.join('; ') || 'none'}\n  (${(cause as Error).message.split('\n')[0]})`,
        );
      });
    return (await handle.jsonValue()) as PageTiming;
  } finally {
    await context.close();
  }
}
