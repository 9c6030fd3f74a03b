/**
 * The theme control: light, dark or the system (the default), remembered across pages and
 * visits, applied before the first paint by a classic script (no inline script), painting what
 * the system theme of the same name paints (so the axe runs of tests/browser/every-page.spec.ts hold for it),
 * and out of the way with JavaScript off. That the script sits in <head> before
 * the styles on every page is checked in the built HTML (tests/site/head.test.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { axeFindings } from '../support/axe.ts';

const PAGE_BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(13, 17, 23)' };

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const choose = (page: Page, theme: 'system' | 'light' | 'dark') => page.getByLabel('Theme').selectOption(theme);

test.describe('with a light system', () => {
  test.use({ colorScheme: 'light' });

  test('dark survives a reload and a navigation, and system goes back to the system', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByLabel('Theme')).toHaveValue('system');
    expect(await background(page)).toBe(PAGE_BACKGROUND.light);
    await choose(page, 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background(page)).toBe(PAGE_BACKGROUND.dark);
    await page.reload();
    expect(await background(page)).toBe(PAGE_BACKGROUND.dark);
    await expect(page.getByLabel('Theme')).toHaveValue('dark');
    await page.locator('li[id="429"] a').click();
    await expect(page).toHaveURL(/\/429\/$/);
    expect(await background(page)).toBe(PAGE_BACKGROUND.dark);
    await expect(page.getByLabel('Theme')).toHaveValue('dark');
    await choose(page, 'system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await background(page)).toBe(PAGE_BACKGROUND.light);
    await page.goBack();
    expect(await background(page)).toBe(PAGE_BACKGROUND.light);
  });

  test('the saved theme is on <html> before the body exists: no flash of the wrong theme', async ({ page }) => {
    await page.goto('/');
    await choose(page, 'dark');
    // Runs before any of the page's scripts: note data-theme at the moment <body> is created.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    for (const path of ['/429/', '/4xx/', '/']) {
      await page.goto(path);
      expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody), path).toBe('dark');
    }
  });
});

test('the not-found page applies the saved theme too, though it has no room for the control', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await choose(page, 'dark');
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(PAGE_BACKGROUND.dark);
  await expect(page.getByLabel('Theme')).toBeHidden();
});

test.describe('with a dark system', () => {
  test.use({ colorScheme: 'dark' });

  test('light overrides the system on every kind of page', async ({ page }) => {
    await page.goto('/429/');
    expect(await background(page)).toBe(PAGE_BACKGROUND.dark);
    await choose(page, 'light');
    for (const path of ['/', '/4xx/', '/499/']) {
      await page.goto(path);
      expect(await background(page), path).toBe(PAGE_BACKGROUND.light);
    }
  });
});

/**
 * Every element's colours as painted, in document order: what axe's contrast rules read. Every
 * colour of the site is a light-dark() pair, so a chosen theme must paint exactly what the system
 * theme of the same name paints; tests/browser/every-page.spec.ts runs axe on these pages in both system themes.
 */
const paint = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].map((el) => {
      const s = getComputedStyle(el);
      return [el.tagName, s.color, s.backgroundColor, s.borderTopColor, s.borderBottomColor, s.outlineColor, s.fill, s.stroke].join(' ');
    }),
  );

for (const [system, chosen] of [
  ['light', 'dark'],
  ['dark', 'light'],
] as const) {
  test.describe(`${chosen} chosen on a ${system} system`, () => {
    test.use({ colorScheme: system });

    test(`the cheatsheet, a class page and code pages paint as a ${chosen} system would; an open copy notice has no axe findings`, async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto('/');
      await choose(page, chosen);
      for (const path of ['/', '/4xx/', '/429/', '/499/']) {
        await page.goto(path);
        // Search adds its panel's parts once the page is idle, and fills the filters' options once
        // its index is built (after data-ready is set): compare the page after that.
        await expect(page.locator('#search-kind option')).toHaveCount(3);
        expect(await background(page), path).toBe(PAGE_BACKGROUND[chosen]);
        const painted = await paint(page);
        // The same page with no choice made, on a system in the chosen scheme.
        await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
        await page.emulateMedia({ colorScheme: chosen });
        expect(await paint(page), `${path} paints differently from a ${chosen} system`).toEqual(painted);
        await page.emulateMedia({ colorScheme: system });
      }
      await page.goto('/429/');
      await page.locator('main button.copy-btn').first().click();
      await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
      expect(await axeFindings(page)).toEqual([]);
    });
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('the control is hidden and the site follows the system', async ({ page }) => {
    await page.goto('/429/');
    await expect(page.getByLabel('Theme')).toBeHidden();
    expect(await background(page)).toBe(PAGE_BACKGROUND.dark);
  });
});
