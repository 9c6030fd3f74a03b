import { expect, test } from '@playwright/test';
import { CLASSES } from '../src/lib/classes.ts';
import { citationText } from '../src/lib/labels.ts';
import { classOf, entries } from './support/content';
import { layoutShift } from '../scripts/lib/page-metrics.ts';

const CLASS_IDS = CLASSES.map((c) => c.id);

test.describe('every code page', () => {
  for (const entry of entries) {
    test(`${entry.code} renders its heading, title, summary, example and citation`, async ({ page }) => {
      const response = await page.goto(`/${entry.code}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(`${entry.code} ${entry.phrase}`);
      await expect(page).toHaveTitle(new RegExp(`^${entry.code} ${escape(entry.phrase)}`));
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', entry.summary);
      await expect(page.locator('article').getByText(entry.summary, { exact: true })).toBeVisible();

      const first = entry.examples[0];
      const firstLine = (first?.request ?? first?.response ?? first?.log ?? '').split('\n')[0] ?? '';
      expect(firstLine).not.toBe('');
      await expect(page.locator('pre.http').first()).toContainText(firstLine);

      await expect(
        page
          .locator('article')
          .getByRole('link', { name: `${classOf(entry.code)} ` })
          .first(),
      ).toHaveAttribute('href', `/${classOf(entry.code)}/`);
      if (entry.spec) {
        await expect(page.getByRole('link', { name: citationText(entry.spec), exact: true })).toHaveAttribute('href', entry.spec.url);
      } else {
        await expect(page.getByRole('note')).toContainText('Unofficial: no RFC defines');
      }
      await expect(page.getByRole('link', { name: `All ${classOf(entry.code)} codes` })).toBeVisible();
    });
  }
});

test('class pages list exactly their codes, registered then unofficial, each in numeric order', async ({ page }) => {
  for (const id of CLASS_IDS) {
    await page.goto(`/${id}/`);
    await expect(page.locator('h1')).toContainText(id);
    const listed = await page
      .locator('main ul li a[href^="/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')).filter((h): h is string => /^\/\d{3}\/$/.test(h ?? '')));
    const expected = entries.filter((e) => classOf(e.code) === id);
    // Registered codes first, then the unofficial ones under their own heading, each group in numeric order.
    const unofficial = expected.filter((e) => e.status === 'unofficial');
    const ordered = [...expected.filter((e) => e.status !== 'unofficial'), ...unofficial];
    expect(listed).toEqual(ordered.map((e) => `/${e.code}/`));
    await expect(page.getByRole('heading', { name: new RegExp(`^Unofficial ${id} codes`) })).toHaveCount(unofficial.length > 0 ? 1 : 0);
  }
});

test('the cheatsheet lists every code, grouped by class, each with its own anchor', async ({ page }) => {
  await page.goto('/');
  for (const id of CLASS_IDS) {
    const section = page.locator(`section[data-class="${id}"]`);
    const rows = await section.locator('li[id]').evaluateAll((lis) => lis.map((li) => li.id));
    const expected = entries.filter((e) => classOf(e.code) === id);
    expect(rows.map(Number).sort((a, b) => a - b)).toEqual(expected.map((e) => e.code));
  }
  for (const entry of entries) {
    const row = page.locator(`li[id="${entry.code}"]`);
    await expect(row).toContainText(entry.phrase);
    await expect(row).toContainText(entry.summary);
    await expect(row.locator('a')).toHaveAttribute('href', `/${entry.code}/`);
  }
});

test('/#429 lands on the 429 row', async ({ page }) => {
  await page.goto('/#429');
  const row = page.locator('li[id="429"]');
  await expect(row).toBeInViewport();
  expect(await row.evaluate((li) => li.matches(':target'))).toBe(true);
});

test("/404/ is the 404 Not Found code page, not the site's not-found page", async ({ page }) => {
  const response = await page.goto('/404/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('404 Not Found');
});

test('an unknown path answers 404 with the not-found page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'the cheatsheet' })).toHaveAttribute('href', '/');
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

test('every page has a specific title, description, canonical URL and language', async ({ page }) => {
  // One navigation per page of the site: allow for a loaded two-core machine.
  test.setTimeout(180_000);
  const paths = ['/', ...CLASS_IDS.map((id) => `/${id}/`), ...entries.map((e) => `/${e.code}/`)];
  const titles = new Set<string>();
  for (const path of paths) {
    await page.goto(path);
    const title = await page.title();
    expect(titles.has(title), `duplicate title ${title}`).toBe(false);
    titles.add(title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/.{20,}/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname).toBe(path);
    // Link previews carry the same title and permalink.
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical ?? '');
    await expect(page.locator('header input[type="search"]')).toBeVisible();
    await expect(page.locator('footer')).toBeVisible();
  }
});

test('nothing shifts while the cheatsheet, a class page and a code page load', async ({ page }) => {
  for (const path of ['/', '/4xx/', '/429/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    const shift = await layoutShift(page);
    expect(shift, path).toBe(0);
  }
});

// The 320 px check walks every page of the sitemap in both themes: tests/layout.spec.ts.

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

  test('searching says that search needs JavaScript and puts a number one click from its page', async ({ page }) => {
    await page.goto('/');
    const field = page.getByRole('combobox', { name: 'Search status codes' });
    await field.fill('429');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=429$/);
    await expect(page.locator('[data-search-needs-js]')).toContainText('needs JavaScript');
    await expect(page.getByRole('link', { name: 'the cheatsheet' })).toHaveAttribute('href', '/');
    for (const id of CLASS_IDS) await expect(page.getByRole('link', { name: new RegExp(`^${id} `) })).toHaveAttribute('href', `/${id}/`);
    await page.getByRole('link', { name: /^429 Too Many Requests$/ }).click();
    await expect(page.locator('h1')).toHaveText(/^429 /);
  });

  test('the search page offers every code', async ({ page }) => {
    await page.goto('/search/?q=anything');
    for (const entry of entries) await expect(page.locator(`a[href="/${entry.code}/"]`)).toHaveCount(1);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
