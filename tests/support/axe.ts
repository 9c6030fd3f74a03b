/**
 * axe in the browser tests, in one place: the WCAG 2.2 AA rules every run checks, the run, and
 * the pages it runs on. The every-page sweep (tests/browser/every-page.spec.ts) runs it on one
 * page of each kind, on the load it makes anyway; the accessibility suite
 * (tests/browser/a11y.spec.ts, open search results) and the theme control's tests use it too.
 */
import AxeBuilder from '@axe-core/playwright';
import { devices, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * One page of each kind, by path, with what it stands for: axe runs on these in light and in
 * dark. A new kind of page adds one here.
 */
export const AXE_PAGES = new Map([
  ['/', 'the cheatsheet'],
  ['/4xx/', 'a class page'],
  ['/429/', 'a code page'],
  ['/499/', 'an unofficial code page'],
  ['/404/', 'the 404 code page'],
  ['/no-such-page/', 'the not-found page'],
  ['/guide/input/', 'a guide step'],
  ['/guide/validation-failed/', 'a guide recommendation'],
  // Hundreds of SVG texts to check for contrast, twice: the slowest axe run of the site.
  ['/guide/map/', 'the guide map'],
  ['/compare/redirects/', 'a comparison'],
  ['/messages/django/', 'a source page of the message catalogue'],
  ['/clients/', 'the client measurements'],
  ['/308/', 'a redirect page with its measured lines'],
]);

/** The screen axe judges the pages on: the desktop one the other browser tests use (playwright.config.ts). */
export const AXE_SCREEN = devices['Desktop Chrome'].viewport;

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
