/**
 * Sharing a page, in a real browser: the copy buttons of code pages put their text on the
 * clipboard and say so (by mouse and keyboard, and when the clipboard is refused), and the
 * section anchors scroll to their section. What each button copies and that every anchor has its
 * section is checked for every code page in tests/site/code-pages.test.ts; link previews in
 * tests/site/link-previews.test.ts.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { entries, expectedCopies } from '../support/content.ts';
import { builtHtml } from '../support/sitemap.ts';

/** A few code pages that between them have every kind of copy button: registered, unofficial, logs, many constants. */
const SAMPLES = [
  ...new Set([
    429,
    entries.find((e) => e.status === 'unofficial')?.code,
    entries.find((e) => e.examples.some((ex) => ex.log))?.code,
    entries.find((e) => e.examples.length > 1 && e.examples.some((ex) => ex.request))?.code,
    [...entries].sort((a, b) => Object.keys(b.inCode).length - Object.keys(a.inCode).length)[0]?.code,
  ]),
].filter((c): c is number => c !== undefined);

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const code of SAMPLES) {
    test(`each copy button on /${code}/ puts its text on the clipboard and says so`, async ({ page }) => {
      const entry = entries.find((e) => e.code === code)!;
      await page.goto(`/${code}/`);
      const buttons = page.locator('main button.copy-btn');
      const expected = expectedCopies(entry, new URL(page.url()).origin);
      await expect(buttons).toHaveCount(expected.length);
      const copied: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        const button = buttons.nth(i);
        const what = ((await button.locator('.sr-only').textContent()) ?? '').trim();
        expect(what).not.toBe('');
        await expect(button).toHaveAccessibleName(`Copy ${what}`);
        await page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
        // Every other button by keyboard: focus it and press Enter.
        if (i % 2) {
          await button.focus();
          await page.keyboard.press('Enter');
        } else {
          await button.click();
        }
        await expect(button).toHaveAccessibleName(`Copied ${what}`);
        copied.push((await readClipboard(page)).trimEnd());
        await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(`Copied ${what}.`);
      }
      expect(copied).toEqual(expected);
    });
  }

  test('copy buttons are reached with Tab and show where the focus is', async ({ page }) => {
    await page.goto('/429/');
    const first = page.locator('main button.copy-btn').first();
    await page.locator('main h1').click();
    for (let i = 0; i < 10 && !(await first.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    const outline = await first.evaluate((b) => getComputedStyle(b).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

test('a refused clipboard gets a clear message, and the example is selected for Ctrl+C', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => ({ writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }),
    });
  });
  await page.goto('/429/');
  const example = page.locator('main figure').first();
  const button: Locator = example.locator('button.copy-btn');
  await button.click();
  await expect(button.locator('[data-copy-label]')).toHaveText('Not copied');
  const status = page.getByRole('status').filter({ hasText: 'refused' });
  await expect(status).toBeVisible();
  await expect(status).toContainText('was not copied');
  const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
  expect(selected.trim()).toBe((await example.locator('pre').textContent())?.trim());
});

test('each section anchor of a code page puts its section in the address and on screen', async ({ page }) => {
  // The sample page with the most sections.
  const counts = SAMPLES.map((code) => ({ code, sections: (builtHtml(`/${code}/`).match(/class="anchor-link"/g) ?? []).length }));
  const { code } = counts.sort((a, b) => b.sections - a.sections)[0]!;
  await page.goto(`/${code}/`);
  const links = page.locator('main .anchor-link');
  const count = await links.count();
  expect(count, `/${code}/`).toBeGreaterThan(2);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const hash = (await link.getAttribute('href')) ?? '';
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${code}/${hash}$`));
    await expect(page.locator(`h2${hash}`)).toBeInViewport();
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('no copy button or theme control is shown, since neither could work', async ({ page }) => {
    await page.goto('/429/');
    await expect(page.locator('button.copy-btn').first()).toBeHidden();
    await expect(page.locator('#theme-select')).toBeHidden();
  });
});
