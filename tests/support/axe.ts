/**
 * axe in the browser tests, in one place: the WCAG 2.2 AA rules every run checks, the run, and
 * the pages it runs on. The every-page sweep (tests/browser/every-page.spec.ts) runs it on one
 * page of each kind, on the load it makes anyway; the accessibility suite
 * (tests/browser/a11y.spec.ts, open search results) and the theme control's tests use it too.
 */
import { createRequire } from 'node:module';
import { devices, type Page } from '@playwright/test';

/** axe-core's own script: the copy @axe-core/playwright depends on and would put in the page. */
const AXE_SOURCE = (createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as { source: string }).source;

/** What the tests read of axe.run() in the page. */
interface AxeInPage {
  run(
    context: Document,
    options: { runOnly: { type: 'tag'; values: string[] } },
  ): Promise<{
    violations: { id: string; nodes: { target: string[] }[] }[];
  }>;
}

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
  ['/caching/', 'the caches, CDNs and crawlers'],
  ['/guidelines/', 'the API guidelines reference'],
  ['/grpc/', 'the gRPC reference'],
  ['/headers/', 'the header index'],
  ['/headers/retry-after/', 'a header field'],
]);

/** The screen axe judges the pages on: the desktop one the other browser tests use (playwright.config.ts). */
export const AXE_SCREEN = devices['Desktop Chrome'].viewport;

/** axe's findings on the page as it is now, one line each: "color-contrast: main p". */
export async function axeFindings(page: Page): Promise<string[]> {
  // What AxeBuilder's legacy mode runs (axe.run on the document, configured as it configures it),
  // with axe put in the page once per load rather than twice per run: the light and dark runs on
  // one load share it, which saves a third of their time here. Legacy mode leaves out
  // cross-origin frames only, and the site has no frames at all (its CSP forbids framing it, and
  // no page embeds one).
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(`${AXE_SOURCE};axe.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'playwright' } })`);
  }
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: AxeInPage }).axe
        .run(document, { runOnly: { type: 'tag', values: tags } })
        .then((results) => results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }))),
    WCAG_TAGS,
  );
  return violations.map((v) => `${v.id}: ${v.targets.join(', ')}`);
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
