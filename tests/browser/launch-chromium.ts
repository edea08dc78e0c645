import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright';

/** Debian's Chromium (test-environment.md "Chromium and Playwright"); never a downloaded one. */
export const CHROMIUM = process.env.EIDW_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A Chromium window with a fresh profile, and what went wrong in it. */
export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, page errors and CSP violations seen so far (a test expects none). */
  readonly problems: string[];
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with a throwaway profile (Playwright refuses `--user-data-dir`
 * in `args`, hence `launchPersistentContext`). Every console error, uncaught page error and
 * Content-Security-Policy violation is collected in `problems`.
 */
export async function launchChromium(
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'eidw-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: options.viewport ?? { width: 1024, height: 800 },
    locale: options.locale ?? 'en-GB',
    reducedMotion: 'reduce',
  });
  const problems: string[] = [];
  // Before any page script: CSP violations do not always reach the console.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
