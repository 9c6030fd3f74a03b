/**
 * Every page of the sitemap, and the not-found page, opened once in a real browser: it renders
 * (its status, a visible heading, the stylesheet applied, the header and footer, no script
 * error), it fits a 320 px phone screen in light and in dark (both measured on the same load by
 * switching the colour scheme), and a code page or the cheatsheet prints within its page limit,
 * measured by its printed height (tests/support/print-area.ts; a PDF is printed when the height
 * comes within 5% of the limit). The pages are split into chunks so that every worker takes a
 * share of the sweep. What a page says is checked without a browser in tests/site/.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './support/sitemap.ts';
import { PRINT_AREA, printedHeight, printedPages, printLimit } from './support/print-area.ts';

const PHONE = { width: 320, height: 640 };
const NOT_FOUND = '/no-such-page/';
const PATHS = [...sitemapPaths(), NOT_FOUND];
/** About 12 pages a test: enough tests for two workers to share, few enough to keep each short. */
const CHUNKS = Math.ceil(PATHS.length / 12);
const chunks = Array.from({ length: CHUNKS }, (_, i) => PATHS.filter((_, j) => j % CHUNKS === i));

/** Problems with one page in the browser, as lines such as "/429/: 341 px wide in dark". */
async function checkPage(page: Page, path: string, errors: string[]): Promise<string[]> {
  const problems: string[] = [];
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  const response = await page.goto(path);
  const status = path === NOT_FOUND ? 404 : 200;
  if (response?.status() !== status) problems.push(`${path}: status ${response?.status()}, not ${status}`);

  await expect(page.locator('h1'), path).toBeVisible();
  expect(await page.locator('h1').innerText(), path).not.toBe('');
  // The stylesheet loaded: the body is a flex column only through its utility classes.
  expect(await page.evaluate(() => getComputedStyle(document.body).display), `${path}: styles applied`).toBe('flex');
  if (path !== NOT_FOUND) {
    await expect(page.locator('header input[type="search"]'), path).toBeVisible();
    await expect(page.locator('body > footer'), path).toBeVisible();
  }
  if (/^\/\d{3}\/$/.test(path)) await expect(page.locator('article pre.http').first(), path).toBeVisible();

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) problems.push(`${path}: ${width} px wide in ${scheme}`);
  }

  const limit = printLimit(path);
  if (limit !== undefined) {
    const height = await printedHeight(page);
    if (height > limit * PRINT_AREA.height) problems.push(`${path}: prints ${Math.round(height)} px high, more than ${limit} A4 pages`);
    else if (height > 0.95 * limit * PRINT_AREA.height) {
      const pages = await printedPages(page);
      if (pages > limit) problems.push(`${path}: prints on ${pages} A4 pages (at most ${limit})`);
    }
  }
  problems.push(...errors.splice(0).map((e) => `${path}: ${e}`));
  return problems;
}

for (const [i, paths] of chunks.entries()) {
  test(`pages ${i + 1}/${CHUNKS} (${paths[0]} …) render, fit 320 px in light and dark, and print within their limit`, async ({ page }) => {
    test.setTimeout(paths.length * 10_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      // The browser logs the not-found page's own 404 status as an error: that one is expected.
      if (m.type() === 'error' && !(m.location().url.endsWith(NOT_FOUND) && m.text().includes('404'))) errors.push(`console: ${m.text()}`);
    });
    const problems: string[] = [];
    for (const path of paths) problems.push(...(await checkPage(page, path, errors)));
    expect(problems).toEqual([]);
  });
}
