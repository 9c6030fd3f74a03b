/**
 * Layout across screen sizes: code blocks that scroll in their own box on a phone, and a
 * cheatsheet dense enough to glance at on a wide screen while staying readable on a narrow one.
 * That every page fits a 320 px screen in both themes is checked in tests/browser/every-page.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { cheatsheetRowProblems } from '../support/cheatsheet-rows.ts';
import { entries } from '../support/content.ts';

const PHONE = { width: 320, height: 640 };

test('code blocks scroll inside their own box instead of widening the page', async ({ page }) => {
  await page.setViewportSize(PHONE);
  // The code whose example has the longest line: the case most likely to push the page sideways.
  const longest = [...entries].sort((a, b) => longestLine(b) - longestLine(a))[0]!;
  await page.goto(`/${longest.code}/`);
  const blocks = await page
    .locator('main pre')
    .evaluateAll((pres) => pres.map((p) => ({ box: p.clientWidth, content: p.scrollWidth, overflow: getComputedStyle(p).overflowX })));
  expect(
    blocks.some((b) => b.content > b.box),
    'some block is wider than its box',
  ).toBe(true);
  for (const b of blocks) expect(['auto', 'scroll']).toContain(b.overflow);
});

function longestLine(e: (typeof entries)[number]): number {
  return Math.max(
    ...e.examples
      .flatMap((ex) => [ex.request, ex.response, ex.log])
      .flatMap((m) => (m ?? '').split('\n'))
      .map((l) => l.length),
  );
}

test.describe('the cheatsheet on a 1440x900 screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('shows every code with its phrase within three screen heights', async ({ page }) => {
    await page.goto('/');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(3 * 900);
    expect(await cheatsheetRowProblems(page, { summaries: false })).toEqual([]);
  });

  test('shows the summaries when asked, and remembers it on the next visit', async ({ page }) => {
    await page.goto('/');
    const first = entries[0]!;
    const summary = page.locator(`li[id="${first.code}"]`).getByText(first.summary);
    await expect(summary).toBeHidden();
    await page.getByLabel('Show the one-line summary of each code').check();
    await expect(summary).toBeVisible();
    await page.reload();
    await expect(summary).toBeVisible();
    await expect(page.getByLabel('Show the one-line summary of each code')).toBeChecked();
    await page.getByLabel('Show the one-line summary of each code').uncheck();
    await expect(summary).toBeHidden();
  });

  test('/#429 still lands on its row', async ({ page }) => {
    await page.goto('/#429');
    await expect(page.locator('li[id="429"]')).toBeInViewport();
  });
});

test('on a phone the cheatsheet keeps every summary on show', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await expect(page.getByLabel('Show the one-line summary of each code')).toBeHidden();
  for (const e of entries.slice(0, 12)) await expect(page.locator(`li[id="${e.code}"]`).getByText(e.summary)).toBeVisible();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });

  test('the summaries box still works on a wide screen', async ({ page }) => {
    await page.goto('/');
    const first = entries[0]!;
    const summary = page.locator(`li[id="${first.code}"]`).getByText(first.summary);
    await expect(summary).toBeHidden();
    await page.getByLabel('Show the one-line summary of each code').check();
    await expect(summary).toBeVisible();
  });
});
