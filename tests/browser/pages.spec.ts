/**
 * Pages in a real browser where a browser is what is checked: a cheatsheet row as the target of
 * /#429, the not-found page's explanation of a missing number (a script), no layout shift while
 * loading, and reading and searching with JavaScript off. That every page renders (the 404 code
 * page at /404/ with status 200, the not-found page with 404) is checked in
 * tests/browser/every-page.spec.ts; what each page says, in tests/site/; how paths are answered, in
 * tests/site/serving.test.ts.
 */
import { expect, test } from '@playwright/test';
import { layoutShift } from '../../scripts/harness/page-metrics.ts';

test('/#429 lands on the 429 row', async ({ page }) => {
  await page.goto('/#429');
  const row = page.locator('li[id="429"]');
  await expect(row).toBeInViewport();
  expect(await row.evaluate((li) => li.matches(':target'))).toBe(true);
});

test('a number with no page says it is not in the registry and links its class', async ({ page }) => {
  const response = await page.goto('/299/');
  expect(response?.status()).toBe(404);
  const message = page.locator('[data-not-found-message]');
  await expect(message).toContainText('299 is not in the IANA registry');
  await expect(message.getByRole('link')).toHaveAttribute('href', '/2xx/');

  await page.goto('/600/');
  await expect(message).toContainText('600 is not an HTTP status code');
});

test('nothing shifts while the cheatsheet, a class page and a code page load', async ({ page }) => {
  // The first frame waits until the document is parsed: otherwise a busy machine paints a header
  // parsed as far as its links, and the search field parsed a moment later makes the row taller.
  // What this test is after are the shifts the page's own loading causes (styles, scripts, search).
  await page.route(
    (url) => url.pathname.endsWith('/'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const html = await response.text();
      expect(html, 'a <head> to hold the first frame from').toContain('<head>');
      await route.fulfill({ response, body: html.replace('<head>', '<head><link rel="expect" href="#parsed" blocking="render">') });
    },
  );
  for (const path of ['/', '/4xx/', '/429/']) {
    await page.goto(path);
    // The last change loading makes: search, prepared once the page is idle, fills its filters.
    await expect(page.locator('#search-kind option')).toHaveCount(3);
    const shift = await layoutShift(page);
    expect(shift, path).toBe(0);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the cheatsheet, a class page and a code page read and link through, and back', async ({ page }) => {
    await page.goto('/');
    await page.locator('li[id="429"] a').click();
    await expect(page.locator('h1')).toHaveText(/^429 /);
    await page.getByRole('link', { name: 'All 4xx codes' }).click();
    await expect(page).toHaveURL(/\/4xx\/$/);
    await page.getByRole('link', { name: /^404 Not Found/ }).click();
    await expect(page.locator('h1')).toHaveText('404 Not Found');
    await expect(page.locator('pre.http').first()).toBeVisible();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Cheatsheet' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('li[id="404"]')).toBeVisible();
  });

  test('the search form, submitted without JavaScript, lands on the search page, one click from a code', async ({ page }) => {
    await page.goto('/');
    const field = page.getByRole('combobox', { name: 'Search status codes' });
    await field.fill('429');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=429$/);
    await expect(page.locator('[data-search-needs-js]')).toContainText('needs JavaScript');
    await page.getByRole('link', { name: /^429 Too Many Requests$/ }).click();
    await expect(page.locator('h1')).toHaveText(/^429 /);
  });
});
