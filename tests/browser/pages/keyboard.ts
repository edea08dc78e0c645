import type { Page } from 'playwright';

/** Keyboard-only actions on a page, by `data-testid`. */
export interface Keyboard {
  /**
   * Moves the focus to `data-testid=id` with the Tab key only, as a keyboard user would (no
   * programmatic focus): fails when the element cannot be reached in `maxTabs` presses (more
   * than the page has focusable elements: one full round of its tab order and back).
   */
  tabTo(id: string): Promise<void>;
  /** Tabs to `data-testid=id` and presses Enter on it. */
  press(id: string): Promise<void>;
}

/** The {@link Keyboard} of `page` (the wizard's and the operator window's page objects). */
export function keyboardOf(page: Page, maxTabs: number): Keyboard {
  const tabTo = async (id: string): Promise<void> => {
    await page.getByTestId(id).waitFor();
    const focused = () =>
      page.evaluate((want) => document.activeElement?.getAttribute('data-testid') === want, id);
    for (let presses = 0; presses < maxTabs; presses++) {
      if (await focused()) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`${id} cannot be reached with the Tab key`);
  };
  return {
    tabTo,
    async press(id) {
      await tabTo(id);
      await page.keyboard.press('Enter');
    },
  };
}
