import type { Locator, Page } from 'playwright';
import type { FlowStep } from '../../../common/flow/steps.ts';
import type { Language } from '../../../common/i18n/languages.ts';
import { keyboardOf } from './keyboard.ts';

/** The contact data a test types on the details screen. */
export interface Details {
  readonly code: string;
  readonly email: string;
  readonly phone?: string;
}

/**
 * The wizard as a person uses it, for the browser tests and (issue 7) the Electron tests: the
 * same page in Chromium over the loopback host or in an Electron window. It finds things by
 * the renderer's stable hooks (`main[data-step]`, `data-testid`, renderer/README.md), never by
 * translated text, so one test runs in every language. Every action is done with the keyboard
 * only (Tab to the element, Enter or Space on it, typing), so keyboard-only completion and a
 * reachable tab order are tested on every run.
 */
export interface WizardPage {
  readonly page: Page;
  /** The step on screen now. */
  step(): Promise<FlowStep>;
  /** Waits until step `step` is on screen. */
  waitForStep(step: FlowStep, timeoutMs?: number): Promise<void>;
  /** The element with `data-testid=id`. */
  byTestId(id: string): Locator;
  /** The step's heading (`h1`), which receives focus on each step change. */
  heading(): Locator;
  chooseLanguage(language: Language): Promise<void>;
  start(): Promise<void>;
  /** Types `pin` in the PIN field (keyboard only) and submits it with Enter. */
  enterPin(pin: string): Promise<void>;
  /** Fills the details screen and submits it with Enter. */
  enterDetails(details: Details): Promise<void>;
  /** Ticks the confirmation box with the Space key and continues. */
  confirm(): Promise<void>;
  back(): Promise<void>;
  cancel(): Promise<void>;
  retry(): Promise<void>;
  restart(): Promise<void>;
  /** The idle warning dialog (`role=alertdialog`), present while main warns. */
  idleWarning(): Locator;
  /** "I need more time" on the idle warning, with Enter (the focus is there when it opens). */
  stillHere(): Promise<void>;
}

/** More Tab presses than any screen has focusable elements: one full round and back. */
const MAX_TABS = 40;

/** A {@link WizardPage} over `page` (already showing the wizard). */
export function wizardPage(page: Page): WizardPage {
  const byTestId = (id: string): Locator => page.getByTestId(id);
  const main = page.locator('main[data-step]');
  const { tabTo, press } = keyboardOf(page, MAX_TABS);
  const typeInto = async (id: string, text: string): Promise<void> => {
    await tabTo(id);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    if (text !== '') await page.keyboard.type(text);
  };
  return {
    page,
    byTestId,
    heading: () => main.locator('h1'),
    async step() {
      return (await main.getAttribute('data-step')) as FlowStep;
    },
    async waitForStep(step, timeoutMs = 15_000) {
      await page.locator(`main[data-step="${step}"]`).waitFor({ timeout: timeoutMs });
    },
    chooseLanguage: (language) => press(`language-${language}`),
    start: () => press('action-start'),
    async enterPin(pin) {
      await typeInto('field-pin', pin);
      await page.keyboard.press('Enter');
    },
    async enterDetails({ code, email, phone }) {
      const codeField = byTestId('field-code');
      // After "back" the code is bound already and its field is gone or read-only.
      if ((await codeField.count()) > 0 && (await codeField.isEditable())) await typeInto('field-code', code);
      await typeInto('field-email', email);
      await typeInto('field-phone', phone ?? '');
      await page.keyboard.press('Enter');
    },
    async confirm() {
      await tabTo('field-confirm');
      await page.keyboard.press('Space');
      await press('action-continue');
    },
    back: () => press('action-back'),
    cancel: () => press('action-cancel'),
    retry: () => press('action-retry'),
    restart: () => press('action-restart'),
    idleWarning: () => page.getByRole('alertdialog'),
    stillHere: () => press('action-still-here'),
  };
}
