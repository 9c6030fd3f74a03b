/**
 * Printing, as Chromium prints to PDF on A4: the cheatsheet with every code, phrase and summary on
 * at most 3 pages, every code page on at most 2, none of the screen chrome (search, navigation,
 * footer, buttons), external links with their URL, and light colours whatever the theme.
 */
import { expect, test, type Page } from '@playwright/test';
import { entries } from './support/content.ts';
import { sitemapPaths } from './support/sitemap.ts';

/** The page limits of the issue; pages of other kinds are printed without a limit. */
function pageLimit(path: string): number | undefined {
  if (path === '/') return 3;
  if (/^\/\d{3}\/$/.test(path)) return 2;
  return undefined;
}

async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

test('the cheatsheet prints on at most 3 A4 pages and every code page on at most 2', async ({ page }) => {
  test.setTimeout(240_000);
  const over: string[] = [];
  for (const path of sitemapPaths()) {
    const limit = pageLimit(path);
    if (limit === undefined) continue;
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const pages = await printedPages(page);
    if (pages > limit) over.push(`${path}: ${pages} pages (at most ${limit})`);
  }
  expect(over).toEqual([]);
});

test('the printed cheatsheet has every code with its phrase and summary, even with summaries off on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  for (const e of entries) {
    const row = page.locator(`li[id="${e.code}"]`);
    await expect(row).toContainText(e.phrase);
    await expect(row.getByText(e.summary), String(e.code)).toBeVisible();
  }
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
