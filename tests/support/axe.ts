/**
 * axe in the browser tests, in one place: the WCAG 2.2 AA rules every run checks, and the run.
 * The accessibility suite (tests/browser/a11y.spec.ts), the theme control's and the guide map's tests use it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's findings on the page as it is now, one line each: "color-contrast: main p". */
export async function axeFindings(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of finishing each run in a new blank page,
  // which halves the time of a run here. It leaves out cross-origin frames only, and the site
  // has no frames at all (its CSP forbids framing it, and no page embeds one).
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** axe in light, then in dark on the same load: the colour scheme switches live. */
export async function axeBothSchemes(page: Page): Promise<string[]> {
  const findings: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    findings.push(...(await axeFindings(page)).map((f) => `${scheme}: ${f}`));
  }
  return findings;
}
