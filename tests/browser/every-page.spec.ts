/**
 * Every page of the sitemap, and the not-found page, opened once in a real browser: it renders
 * (its status, a visible heading, the stylesheet applied, the header and footer, no script
 * error), it fits a 320 px phone screen in light and in dark (both measured on the same load by
 * switching the colour scheme), and a code page or the cheatsheet prints within its page limit,
 * measured by its printed height (tests/support/print-area.ts; a PDF is printed when the height
 * comes within 5% of the limit), it asks nothing of another origin, and one page of each kind
 * (tests/support/axe.ts) has no axe findings in light or in dark, on the desktop screen, on the
 * same load. The pages are split into chunks so that every worker takes a share of the sweep.
 * What a page says is checked without a browser in tests/site/.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from '../support/sitemap.ts';
import { PRINT_AREA, printedHeight, printedPages, printLimit } from '../support/print-area.ts';
import { AXE_PAGES, AXE_SCREEN, axeBothSchemes } from '../support/axe.ts';

const PHONE = { width: 320, height: 640 };
const NOT_FOUND = '/no-such-page/';
const PATHS = [...sitemapPaths(), NOT_FOUND];
/** About 12 pages a test: enough tests for two workers to share, few enough to keep each short. */
const CHUNKS = Math.ceil(PATHS.length / 12);
const chunks = Array.from({ length: CHUNKS }, (_, i) => PATHS.filter((_, j) => j % CHUNKS === i));
/** axe runs twice on a page; on a loaded two-core machine one run can take ten seconds, the map's far more. */
const AXE_BUDGET_MS = 90_000;

test('every page axe checks is one the sweep opens', () => {
  expect([...AXE_PAGES.keys()].filter((path) => !PATHS.includes(path))).toEqual([]);
});

/** Problems with one page in the browser, as lines such as "/429/: 341 px wide in dark". */
async function checkPage(page: Page, path: string, errors: string[], scheme: { now: 'light' | 'dark' }): Promise<string[]> {
  const problems: string[] = [];
  const response = await page.goto(path);
  const status = path === NOT_FOUND ? 404 : 200;
  if (response?.status() !== status) problems.push(`${path}: status ${response?.status()}, not ${status}`);

  // One round trip for what the reader sees first; the page is static, so nothing is left to wait for.
  const seen = await page.evaluate(() => {
    const shown = (selector: string): boolean => {
      const el = document.querySelector(selector);
      return !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0;
    };
    return {
      heading: shown('h1') ? (document.querySelector('h1') as HTMLElement).innerText.trim() : '',
      // The stylesheet loaded: the body is a flex column only through its utility classes.
      styled: getComputedStyle(document.body).display === 'flex',
      search: shown('header input[type="search"]'),
      footer: shown('body > footer'),
      example: shown('article pre.http'),
      width: document.documentElement.scrollWidth,
    };
  });
  if (!seen.heading) problems.push(`${path}: no visible heading`);
  if (!seen.styled) problems.push(`${path}: the stylesheet is not applied`);
  if (path !== NOT_FOUND && !seen.search) problems.push(`${path}: no visible search field`);
  if (path !== NOT_FOUND && !seen.footer) problems.push(`${path}: no visible footer`);
  if (/^\/\d{3}\/$/.test(path) && !seen.example) problems.push(`${path}: no visible example`);

  // The page opens in the scheme the last one ended in, then switches: both are measured either way.
  if (seen.width > PHONE.width) problems.push(`${path}: ${seen.width} px wide in ${scheme.now}`);
  scheme.now = scheme.now === 'light' ? 'dark' : 'light';
  await page.emulateMedia({ colorScheme: scheme.now });
  const other = await page.evaluate(() => document.documentElement.scrollWidth);
  if (other > PHONE.width) problems.push(`${path}: ${other} px wide in ${scheme.now}`);

  const kind = AXE_PAGES.get(path);
  if (kind) {
    await page.setViewportSize(AXE_SCREEN);
    problems.push(...(await axeBothSchemes(page)).map((f) => `${path} (${kind}): axe, ${f}`));
    scheme.now = 'dark';
    await page.setViewportSize(PHONE);
  }

  const limit = printLimit(path);
  if (limit !== undefined) {
    const height = await printedHeight(page);
    if (height > limit * PRINT_AREA.height) problems.push(`${path}: prints ${Math.round(height)} px high, more than ${limit} A4 pages`);
    else if (height > 0.95 * limit * PRINT_AREA.height) {
      const pages = await printedPages(page);
      if (pages > limit) problems.push(`${path}: prints on ${pages} A4 pages (at most ${limit})`);
    }
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ media: 'screen', colorScheme: scheme.now });
  }
  problems.push(...errors.splice(0).map((e) => `${path}: ${e}`));
  return problems;
}

for (const [i, paths] of chunks.entries()) {
  test(`pages ${i + 1}/${CHUNKS} (${paths[0]} …) render, fit 320 px in light and dark, and print within their limit${
    paths.some((p) => AXE_PAGES.has(p)) ? '; axe finds nothing on those of their kind' : ''
  }`, async ({ page, baseURL }) => {
    test.setTimeout(paths.length * 10_000 + paths.filter((p) => AXE_PAGES.has(p)).length * AXE_BUDGET_MS);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      // The browser logs the not-found page's own 404 status as an error: that one is expected.
      if (m.type() === 'error' && !(m.location().url.endsWith(NOT_FOUND) && m.text().includes('404'))) errors.push(`console: ${m.text()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL ?? '') && !r.url().startsWith('data:')) errors.push(`request to another origin: ${r.url()}`);
    });
    await page.setViewportSize(PHONE);
    const scheme = { now: 'light' as 'light' | 'dark' };
    await page.emulateMedia({ media: 'screen', colorScheme: scheme.now });
    const problems: string[] = [];
    for (const path of paths) problems.push(...(await checkPage(page, path, errors, scheme)));
    expect(problems).toEqual([]);
  });
}
