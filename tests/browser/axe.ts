import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright';

/** The rules checked: WCAG 2.0 and 2.1, levels A and AA (the brief's accessibility bar). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core on the page as it is now and returns its violations, one line each (rule,
 * impact, the first offending elements), so that a failing test says what to fix.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 3)
      .map((node) => node.target.join(' '))
      .join(', ');
    return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} at ${targets}`;
  });
}
