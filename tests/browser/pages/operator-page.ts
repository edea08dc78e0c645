import type { Locator, Page } from 'playwright';
import type { FlowStep } from '../../../common/flow/steps.ts';
import type { Language } from '../../../common/i18n/languages.ts';
import type { OperatorSessionState } from '../../../common/operator/operator-view.ts';
import { keyboardOf } from './keyboard.ts';

/**
 * The operator window of assisted mode (docs/assisted-mode.md) as staff use it, for the
 * browser tests and the Electron tests: the same page in Chromium over the loopback host or in
 * the Electron operator window. It finds things by stable hooks (`main[data-step]`,
 * `data-session`, `data-testid`), never by translated text, and acts with the keyboard only
 * (Tab to the element, then Enter), so keyboard-only operation is tested on every run.
 */
export interface OperatorPage {
  readonly page: Page;
  /** The element with `data-testid=id`. */
  byTestId(id: string): Locator;
  /** The wizard step the operator view shows now (or `connecting`, `connectionLost`). */
  step(): Promise<FlowStep | 'connecting' | 'connectionLost'>;
  session(): Promise<OperatorSessionState | null>;
  /** Waits until the view shows `step` (and `session`, when given). */
  waitFor(step: FlowStep, session?: OperatorSessionState, timeoutMs?: number): Promise<void>;
  /** Waits until the view's session is `session`, whatever the step. */
  waitForSession(session: OperatorSessionState, timeoutMs?: number): Promise<void>;
  /** The text of the card holder row (the name, or the "not known yet" words). */
  holderText(): Promise<string>;
  /** The text of the PIN tries row, or null when it is not shown. */
  triesLeft(): Promise<string | null>;
  chooseLanguage(language: Language): Promise<void>;
  /** "Start new session". */
  startSession(): Promise<void>;
  /** "Abort session", then confirms in the dialog. */
  abortSession(): Promise<void>;
  /** "Abort session", then keeps the session (Escape). */
  abortAndKeep(): Promise<void>;
}

/** More Tab presses than the page has focusable elements: one full round and back. */
const MAX_TABS = 30;

/** An {@link OperatorPage} over `page` (already showing the operator window). */
export function operatorPage(page: Page): OperatorPage {
  const byTestId = (id: string): Locator => page.getByTestId(id);
  const main = page.locator('main[data-step]');
  const { press } = keyboardOf(page, MAX_TABS);
  const openAbort = async (): Promise<void> => {
    await page.locator('[data-testid="operator-abort"]:not([disabled])').waitFor();
    await press('operator-abort');
    await byTestId('operator-abort-dialog').waitFor();
  };
  return {
    page,
    byTestId,
    step: async () => (await main.getAttribute('data-step')) as FlowStep,
    session: async () => (await main.getAttribute('data-session')) as OperatorSessionState | null,
    async waitFor(step, session, timeoutMs = 15_000) {
      const selector = `main[data-step="${step}"]${session === undefined ? '' : `[data-session="${session}"]`}`;
      await page.locator(selector).waitFor({ timeout: timeoutMs });
    },
    async waitForSession(session, timeoutMs = 15_000) {
      await page.locator(`main[data-step][data-session="${session}"]`).waitFor({ timeout: timeoutMs });
    },
    holderText: async () => (await byTestId('operator-holder').textContent()) ?? '',
    async triesLeft() {
      const row = byTestId('operator-tries');
      return (await row.count()) === 0 ? null : await row.textContent();
    },
    chooseLanguage: (language) => press(`language-${language}`),
    async startSession() {
      await page.locator('[data-testid="operator-start"]:not([disabled])').waitFor();
      await press('operator-start');
    },
    async abortSession() {
      await openAbort();
      await press('operator-abort-confirm');
      await byTestId('operator-abort-dialog').waitFor({ state: 'detached' });
    },
    async abortAndKeep() {
      await openAbort();
      await page.keyboard.press('Escape');
      await byTestId('operator-abort-dialog').waitFor({ state: 'detached' });
    },
  };
}
