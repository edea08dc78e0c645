import { expect } from 'vitest';
import type { Page } from 'playwright';

/**
 * The registration service's device simulator page (server/simulator/), which plays the
 * phone app: it starts an enrolment and shows the 5-character code (grouped, "6PG XQ"), then
 * shows the holder once the wizard has submitted, and confirms.
 */
export interface SimulatorPage {
  readonly page: Page;
  /** Presses Start; resolves with the code as shown. */
  startEnrolment(): Promise<string>;
  /** Waits for the holder the wizard registered, confirms, and waits for "active". */
  confirmHolder(): Promise<void>;
}

/** A {@link SimulatorPage} over `page` (already showing the simulator). */
export function simulatorPage(page: Page): SimulatorPage {
  return {
    page,
    async startEnrolment() {
      await page.locator('#start').click();
      const shown = page.locator('#code');
      // The element is there from the start; the code arrives with the service's answer.
      await expect
        .poll(() => shown.textContent(), { timeout: 10_000 })
        .toMatch(/^\s*[0-9A-Z]{3}\s?[0-9A-Z]{2}\s*$/);
      return ((await shown.textContent()) ?? '').trim();
    },
    async confirmHolder() {
      await page.locator('#holder-panel').waitFor({ state: 'visible', timeout: 15_000 });
      await page.locator('#confirm').click();
      await expect.poll(() => page.locator('#status').textContent(), { timeout: 15_000 }).toMatch(/active/i);
    },
  };
}
