import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';

/** Where the browser tests leave their screenshots (a CI artifact; git-ignored). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** Saves a full-page PNG as `test-results/screenshots/<folder>/<name>.png`; returns its path. */
export async function saveScreenshot(page: Page, folder: string, name: string): Promise<string> {
  const directory = join(SCREENSHOT_DIR, folder);
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
