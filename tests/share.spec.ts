/**
 * Sharing a page: its link preview (Open Graph image and tags), the copy buttons on code pages,
 * and the section anchors. Driven by the sitemap and the entries, so new pages and codes are
 * covered without touching this file.
 */
import { hasSiteUrl, siteOrigin } from '../src/lib/site.ts';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { constantsOf, LANGUAGE_KEYS } from '../src/lib/languages.ts';
import { entries, type Entry } from './support/content.ts';
import { builtHtml, DIST, sitemapPaths } from './support/sitemap.ts';
import { BUDGETS } from '../scripts/lib/budgets.ts';

const SITE = siteOrigin();
const MAX_IMAGE_BYTES = BUDGETS.ogImage;

function meta(html: string, key: string): string[] {
  const attr = key.startsWith('og:') ? 'property' : 'name';
  return [...html.matchAll(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`, 'g'))].map((m) =>
    (m[1] ?? '').replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"'),
  );
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every page in the sitemap has complete preview tags and its own 1200x630 PNG within 80 KB', () => {
  const problems: string[] = [];
  const images = new Set<string>();
  for (const path of sitemapPaths()) {
    const html = builtHtml(path);
    const [image, ...extra] = meta(html, 'og:image');
    if (!image || extra.length) {
      problems.push(`${path}: ${extra.length + (image ? 1 : 0)} og:image tags`);
      continue;
    }
    const url = new URL(image);
    if (url.origin !== SITE) problems.push(`${path}: og:image is not an absolute URL on the site: ${image}`);
    images.add(url.pathname);
    const file = join(DIST, url.pathname);
    const size = statSync(file, { throwIfNoEntry: false })?.size;
    if (size === undefined) {
      problems.push(`${path}: ${url.pathname} is not in dist/`);
      continue;
    }
    const dimensions = pngSize(readFileSync(file));
    if (dimensions?.width !== 1200 || dimensions.height !== 630)
      problems.push(`${path}: ${url.pathname} is ${JSON.stringify(dimensions) ?? 'not a PNG'}`);
    if (size > MAX_IMAGE_BYTES) problems.push(`${path}: ${url.pathname} is ${size} bytes`);
    const expected: Record<string, string> = {
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:type': 'image/png',
      'twitter:card': 'summary_large_image',
    };
    for (const [key, value] of Object.entries(expected)) {
      if (meta(html, key).join() !== value) problems.push(`${path}: ${key} is ${meta(html, key).join() || 'missing'}`);
    }
    if ((meta(html, 'og:image:alt')[0] ?? '').length < 20) problems.push(`${path}: og:image:alt missing or too short`);
  }
  expect(problems).toEqual([]);
  expect(images.size, 'each page has an image of its own').toBe(sitemapPaths().length);
});

test("a code page's preview names its code and phrase", () => {
  for (const e of entries) {
    const html = builtHtml(`/${e.code}/`);
    expect(meta(html, 'og:image:alt')[0], String(e.code)).toContain(`${e.code} ${e.phrase}`);
    expect(meta(html, 'og:image')[0], String(e.code)).toMatch(new RegExp(`/${e.code}\\.png$`));
  }
});

/** What each copy button of a code page must copy, in page order, worked out from the entry. */
function expectedCopies(e: Entry, readerOrigin: string): string[] {
  const texts: string[] = [];
  if (e.status !== 'unofficial') texts.push(`HTTP/1.1 ${e.code} ${e.phrase}`);
  // A build without SITE_URL gives the address the reader has open, not the placeholder's.
  texts.push(`${hasSiteUrl() ? SITE : readerOrigin}/${e.code}/`);
  for (const ex of e.examples) for (const message of [ex.request, ex.response, ex.log]) if (message) texts.push(message.trimEnd());
  for (const key of LANGUAGE_KEYS) {
    const value = e.inCode[key];
    if (!value) continue;
    for (const c of constantsOf(value)) texts.push(key === 'node' ? `http.STATUS_CODES[${e.code}] === '${c.name}'` : c.name);
  }
  return texts;
}

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
      const buttons = page.locator('main button[data-copy-module]');
      const expected = expectedCopies(entry, new URL(page.url()).origin);
      await expect(buttons).toHaveCount(expected.length);
      const copied: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        const button = buttons.nth(i);
        const what = (await button.getAttribute('data-copy-what')) ?? '';
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
    const first = page.locator('main button[data-copy-module]').first();
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
  const button: Locator = example.locator('button[data-copy-module]');
  await button.click();
  await expect(button.locator('[data-copy-label]')).toHaveText('Not copied');
  const status = page.getByRole('status').filter({ hasText: 'refused' });
  await expect(status).toBeVisible();
  await expect(status).toContainText('was not copied');
  const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
  expect(selected.trim()).toBe((await example.locator('pre').textContent())?.trim());
});

test('every section heading of a code page has an anchor link that resolves to it', async ({ page }) => {
  for (const code of SAMPLES) {
    await page.goto(`/${code}/`);
    const links = page.locator('main .anchor-link');
    const count = await links.count();
    expect(count, `/${code}/`).toBe(await page.locator('main section > .section-heading > h2').count());
    expect(count).toBeGreaterThan(2);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const hash = (await link.getAttribute('href')) ?? '';
      const heading = page.locator(`h2${hash}`);
      await expect(heading, `${code} ${hash}`).toHaveCount(1);
      await expect(link).toHaveAccessibleName(`Link to the section “${await heading.textContent()}”`);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${code}/${hash}$`));
      await expect(heading).toBeInViewport();
    }
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('no copy button or theme control is shown, since neither could work', async ({ page }) => {
    await page.goto('/429/');
    await expect(page.locator('button[data-copy-module]').first()).toBeHidden();
    await expect(page.locator('#theme-select')).toBeHidden();
  });
});
