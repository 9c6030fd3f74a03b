/**
 * Printing, as Chromium prints to PDF on A4: the cheatsheet with every code, phrase and summary on
 * at most 3 pages, the longest code pages on at most 2, none of the screen chrome (search,
 * navigation, footer, buttons), external links with their URL, and light colours whatever the
 * theme. Every other code page is held to its limit by its printed height in
 * tests/browser/every-page.spec.ts; the longest pages here show that the height predicts the page count.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fileOf } from '../support/built-page.ts';
import { cheatsheetRowProblems } from '../support/cheatsheet-rows.ts';
import { entries } from '../support/content.ts';
import { PRINT_AREA, printedHeight, printedPages, printLimit } from '../support/print-area.ts';

/** The characters of text in a built page's <main>: the measure that picks the longest pages. */
function mainTextLength(path: string): number {
  const html = readFileSync(fileOf(path), 'utf8');
  return html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<[^>]+>/g, '').length;
}

/** The three code pages with the most text: the ones closest to their page limit. */
const LONGEST = entries
  .map((e) => ({ path: `/${e.code}/`, length: mainTextLength(`/${e.code}/`) }))
  .sort((a, b) => b.length - a.length)
  .slice(0, 3)
  .map((p) => p.path);

for (const path of ['/', ...LONGEST]) {
  const limit = printLimit(path)!;
  test(`${path} prints on at most ${limit} A4 pages, as many as its printed height predicts`, async ({ page }) => {
    await page.goto(path);
    const height = await printedHeight(page);
    const pages = await printedPages(page);
    expect(pages).toBeLessThanOrEqual(limit);
    expect(pages, `${Math.round(height)} px high`).toBe(Math.ceil(height / PRINT_AREA.height));
  });
}

test('the printed cheatsheet has every code with its phrase and summary, even with summaries off on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  expect(await cheatsheetRowProblems(page, { summaries: true })).toEqual([]);
});

for (const path of ['/', '/4xx/', '/429/']) {
  test(`${path} prints without search, navigation, footer or buttons`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.locator('#search-input')).toBeHidden();
    for (const selector of ['body > header', 'body > footer', 'nav', 'button', '.anchor-link', 'select']) {
      const shown = await page
        .locator(selector)
        .evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.outerHTML.slice(0, 80)));
      expect(shown, `${path} ${selector}`).toEqual([]);
    }
  });
}

test('external links on a printed code page show their URL', async ({ page }) => {
  await page.goto('/429/');
  await page.emulateMedia({ media: 'print' });
  const links = page.locator('main a[href^="https://"]');
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href')) ?? '';
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(href);
  }
});

test.describe('with a dark system and the dark theme chosen', () => {
  test.use({ colorScheme: 'dark' });

  test('print is light', async ({ page }) => {
    await page.goto('/429/');
    await page.getByLabel('Theme').selectOption('dark');
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => ({
      page: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.querySelector('main p')!).color,
      code: getComputedStyle(document.querySelector('main h1 span')!).color,
    }));
    expect(colours.page).toBe('rgb(255, 255, 255)');
    // Dark ink on the white page: relative luminance (WCAG) well below the light theme's limit.
    for (const colour of [colours.text, colours.code]) {
      const [r, g, b] = colour
        .match(/\d+/g)!
        .slice(0, 3)
        .map((c) => {
          const s = Number(c) / 255;
          return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        }) as [number, number, number];
      expect(0.2126 * r + 0.7152 * g + 0.0722 * b, colour).toBeLessThan(0.18);
    }
  });
});
