/**
 * The guide's map (/guide/map/) in a real browser, for what only a browser can check: the colours
 * from the stylesheet, the scroll region at 320 px, text at full size at
 * 1440 px, keyboard order and focus, and print on two A4 landscape pages in light colours. axe in
 * both themes runs on the map in the every-page sweep (tests/browser/every-page.spec.ts). What
 * the built map draws and links, and the redirects' grid, are checked in
 * tests/site/guide-map.test.ts. Expected pages are worked out from content/guide, not with the
 * site's own helpers.
 */
import { expect, test, type Page } from '@playwright/test';
import { guideUrl as url, steps } from '../support/guide-content.ts';

const MAP = '/guide/map/';

/** The colour an element of the map is painted with, in the current theme. */
const paint = (page: Page, selector: string, property: 'fill' | 'stroke'): Promise<string> =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el)[p], property);

test('the colours come from the stylesheet: both themes paint the map differently', async ({ page }) => {
  await page.goto(MAP);
  const light = [await paint(page, '.guide-map .step rect', 'fill'), await paint(page, '.guide-map .end text', 'fill')];
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = [await paint(page, '.guide-map .step rect', 'fill'), await paint(page, '.guide-map .end text', 'fill')];
  expect(light[0]).not.toBe(dark[0]);
  expect(light[1]).not.toBe(dark[1]);
  expect(await paint(page, '.guide-map .end[data-class="2xx"] .code', 'fill')).not.toBe(
    await paint(page, '.guide-map .end[data-class="5xx"] .code', 'fill'),
  );
});

test('on a 320 px screen the map scrolls in its own focusable region, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(MAP);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const region = page.getByRole('region', { name: 'The guide as a flowchart' });
  await expect(region).toHaveAttribute('tabindex', '0');
  const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test('at 1440 px the map is drawn at full size, its text real and findable', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(MAP);
  const svg = page.locator('.guide-map-region svg');
  const scale = await svg.evaluate((el) => el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width);
  expect(scale).toBe(1);
  const size = await page.locator('.guide-map-region .guide-map-drawing').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(12);
  await expect(svg.getByText(steps.get('start')!.question, { exact: true })).toBeVisible();
  const answer = steps.get('start')!.answers[1]!.label;
  await expect(svg.getByRole('link', { name: answer, exact: true })).toHaveAttribute('href', url(steps.get('start')!.answers[1]!.next!));
});

test('keyboard: the map’s links follow the guide from the start, each named and visibly focused', async ({ page }) => {
  await page.goto(MAP);
  await page.getByRole('region', { name: 'The guide as a flowchart' }).focus();
  const start = steps.get('start')!;
  const first = start.answers[0]!;
  const expected = [
    { href: '/guide/', name: start.question },
    { href: url(first.next ?? first.end!.id), name: first.label },
  ];
  for (const { href, name } of expected) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const a = document.activeElement!;
      return { href: a.getAttribute('href'), name: a.textContent, outline: getComputedStyle(a).outlineStyle };
    });
    expect(focused).toEqual({ href, name, outline: 'solid' });
  }
});

test('the map prints on two A4 landscape pages, in light colours whatever the theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(MAP);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const pages = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
  // A4 landscape in points: 842 × 595.
  expect(pages).toEqual([
    [842, 595],
    [842, 595],
  ]);
  // The printed parts are drawn with the same classes; their boxes are painted light.
  const fill = await paint(page, '.guide-map-print .step rect', 'fill');
  const [r, g, b] = (fill.match(/\d+/g) ?? []).map(Number);
  expect((r ?? 0) + (g ?? 0) + (b ?? 0), fill).toBeGreaterThan(3 * 230);
  await expect(page.locator('.guide-map-print .guide-map-page')).toHaveCount(2);
  await expect(page.locator('.guide-map-region')).toBeHidden();
});
