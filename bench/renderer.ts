/**
 * `npm run bench:renderer [N]`: how heavy and how fast the wizard's page is.
 *
 *   1. Builds the wizard (`vite build --config renderer/vite.config.ts` → dist/wizard/) and
 *      prints every JS and CSS asset raw and gzipped (level 9), with the totals, against the
 *      goal of ≤ 300 KB of gzipped JavaScript.
 *   2. Loads the page N times (default 10) in headless Chromium through Playwright, a fresh
 *      browser context each time, served by a wizard stack (in-process card and service, as
 *      `npm run demo`): first contentful paint, and time to interactive (the welcome screen's
 *      start button visible and enabled, recorded inside the page), median/min/max, against
 *      the goal of a first render under 500 ms.
 *
 * Exits 1 when the wizard cannot be built or never becomes usable (with the reason).
 */
import { chromium } from 'playwright';
import { buildWizard, WIZARD_DIST } from '../tests/support/build-wizard.ts';
import { startWizardStack } from '../tests/support/wizard-stack.ts';
import { assetSizes, kb, totals } from './renderer/asset-sizes.ts';
import { timePageLoad, type PageTiming } from './renderer/page-timing.ts';

const JS_GOAL_BYTES = 300 * 1024;
const FIRST_RENDER_GOAL_MS = 500;
const CHROMIUM = process.env.EIDW_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.argv[2] ?? 10);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('usage: npm run bench:renderer -- [runs, default 10]');
  process.exit(2);
}

const verdict = (ok: boolean): string => (ok ? 'meets the goal' : 'MISSES the goal');

/** `median  min  max` of `samples`, ms. */
function stats(samples: readonly number[]): { median: number; line: string } {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const ms = (x: number): string => x.toFixed(0).padStart(6);
  return { median, line: `${ms(median)} ${ms(sorted[0]!)} ${ms(sorted.at(-1)!)}` };
}

console.log('building the wizard (vite build --config renderer/vite.config.ts)…');
try {
  await buildWizard(() => undefined);
} catch (error) {
  console.error(
    `bench:renderer: cannot build the wizard, so there is nothing to measure.\n${(error as Error).message}`,
  );
  process.exit(1);
}

const sizes = assetSizes(WIZARD_DIST);
console.log(`\nassets in dist/wizard/ (gzip level 9; 1 KB = 1024 bytes)`);
console.log(`  ${'file'.padEnd(56)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const size of sizes)
  console.log(
    `  ${size.path.padEnd(56)} ${kb(size.rawBytes).padStart(10)} ${kb(size.gzipBytes).padStart(10)}`,
  );
const js = totals(sizes, 'js');
const css = totals(sizes, 'css');
console.log(`  ${'total JavaScript'.padEnd(56)} ${kb(js.raw).padStart(10)} ${kb(js.gzip).padStart(10)}`);
console.log(`  ${'total CSS'.padEnd(56)} ${kb(css.raw).padStart(10)} ${kb(css.gzip).padStart(10)}`);
console.log(`  goal: ≤ ${kb(JS_GOAL_BYTES)} of gzipped JavaScript: ${verdict(js.gzip <= JS_GOAL_BYTES)}`);

const stack = await startWizardStack({ card: 'in-process', service: 'in-process', staticRoot: WIZARD_DIST });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
let failed = false;
try {
  console.log(`\nChromium ${browser.version()} (${CHROMIUM}), headless; Node ${process.version}`);
  console.log(`${RUNS} page loads (+1 untimed warm-up), a fresh browser context each; ms since navigation`);
  await timePageLoad(browser, stack.pageUrl); // warm-up: the OS file cache, the host's first reads
  const runs: PageTiming[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await timePageLoad(browser, stack.pageUrl));
  const paint = stats(runs.map((r) => r.firstContentfulPaint));
  const interactive = stats(runs.map((r) => r.interactive));
  console.log(`  ${''.padEnd(44)} median    min    max`);
  console.log(`  ${'first contentful paint'.padEnd(44)} ${paint.line}`);
  console.log(`  ${'interactive (start button visible, enabled)'.padEnd(44)} ${interactive.line}`);
  console.log(
    `  goal: first render < ${FIRST_RENDER_GOAL_MS} ms (median first contentful paint): ` +
      verdict(paint.median < FIRST_RENDER_GOAL_MS),
  );
} catch (error) {
  console.error(`bench:renderer: ${(error as Error).message}`);
  failed = true;
} finally {
  await browser.close();
  await stack.close();
}
process.exit(failed ? 1 : 0);
