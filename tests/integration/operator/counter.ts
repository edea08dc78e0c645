import type { BrowserSession } from '../../browser/launch-chromium.ts';
import { operatorPage, type OperatorPage } from '../../browser/pages/operator-page.ts';
import { startOperatorHost, type OperatorHost } from '../../support/operator-host.ts';
import { startWizardStack, type WizardStack } from '../../support/wizard-stack.ts';

/** A service counter in the browser: the stack, the operator host, and the operator page open. */
export interface Counter {
  readonly stack: WizardStack;
  readonly operatorHost: OperatorHost;
  readonly browser: BrowserSession;
  /** The operator page (a second page of `browser`; the wizard uses `browser.page`). */
  readonly operator: OperatorPage;
  /** Console errors, page errors and CSP violations of the operator page. */
  readonly problems: string[];
  close(): Promise<void>;
}

/**
 * Starts a wizard stack (card in process) with the operator contract next to it, and opens the
 * operator page in a second page of `browser`, showing the current view.
 */
export async function openCounter(browser: BrowserSession): Promise<Counter> {
  const stack = await startWizardStack({ card: 'in-process', service: 'in-process' });
  let operatorHost: OperatorHost | undefined;
  try {
    operatorHost = await startOperatorHost(stack);
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(operatorHost.pageUrl);
    const operator = operatorPage(page);
    await page.locator('main[data-session]').waitFor();
    const host = operatorHost;
    return {
      stack,
      operatorHost: host,
      browser,
      operator,
      problems,
      async close() {
        await host.close();
        await stack.close();
      },
    };
  } catch (error) {
    await operatorHost?.close();
    await stack.close();
    throw error;
  }
}
