/**
 * The guide's map (/guide/map/) and the redirects' grid on the built site. The checks that need no
 * browser read dist/ (every step and end drawn and linked, every guide page linking to the map,
 * the grid placed by the entries' facts, the byte budget); the browser checks what only a browser
 * can: axe in both themes, the scroll region at 320 px, text at full size at 1440 px, keyboard
 * order and focus, and print on two A4 landscape pages in light colours.
 * Expected pages are worked out here from content/guide, not with the site's own helpers.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { parseHTML } from 'linkedom';
import { comparisonSchema, stepSchema, type StepData } from '../src/lib/guide-schema.ts';
import { BUDGETS } from '../scripts/lib/budgets.ts';
import { pageWeight } from '../scripts/lib/page-weight.ts';
import { entries } from './support/content.ts';
import { builtHtml, DIST } from './support/sitemap.ts';

const MAP = '/guide/map/';
const content = join(import.meta.dirname, '..', 'content');
const steps = new Map<string, StepData>(
  readdirSync(join(content, 'guide')).map((f) => [
    f.replace('.yaml', ''),
    stepSchema.parse(load(readFileSync(join(content, 'guide', f), 'utf8'))),
  ]),
);
const endIds = [...steps.values()].flatMap((s) => s.answers.flatMap((a) => (a.end ? [a.end.id] : [])));
const url = (id: string): string => (id === 'start' ? '/guide/' : `/guide/${id}/`);
const dom = (path: string): Document => parseHTML(builtHtml(path)).document as unknown as Document;

test.describe('the built files', () => {
  test('the map draws every step and end of the guide, each linked to its page', () => {
    const doc = dom(MAP);
    const svg = doc.querySelector('main .guide-map-region svg');
    expect(svg).not.toBeNull();
    const hrefs = new Set([...svg!.querySelectorAll('a')].map((a) => a.getAttribute('href')));
    for (const [id, step] of steps) {
      const node = svg!.querySelector(`a.step[data-guide="${id}"]`);
      expect(node?.getAttribute('href'), id).toBe(url(id));
      expect(node?.textContent, id).toBe(step.question);
    }
    for (const id of endIds) {
      expect(svg!.querySelector(`[data-guide="${id}"]`), id).not.toBeNull();
      expect(hrefs.has(url(id)), id).toBe(true);
    }
    const codes = [...steps.values()].flatMap((s) => s.answers.flatMap((a) => a.end?.codes ?? []));
    for (const code of codes) expect(hrefs.has(`/${code}/`), String(code)).toBe(true);
  });

  test('every page of the guide links to the map', () => {
    for (const id of [...steps.keys(), ...endIds]) {
      const links = [...dom(url(id)).querySelectorAll(`main a[href="${MAP}"]`)];
      expect(
        links.map((a) => a.textContent),
        url(id),
      ).toContain('See the whole guide');
    }
  });

  test(`the map page is within its budget of ${BUDGETS.guideMap / 1024} KB gzip`, () => {
    const weight = pageWeight(DIST, join(DIST, MAP, 'index.html'));
    console.log(`Guide map, gzip: ${weight.total} B (HTML ${weight.html}, CSS ${weight.css}, JS ${weight.js})`);
    expect(weight.total).toBeLessThanOrEqual(BUDGETS.guideMap);
  });

  test('the redirects’ grid places each code by its facts, with 303 beside it', () => {
    const family = comparisonSchema.parse(load(readFileSync(join(content, 'compare', 'redirects.yaml'), 'utf8'))).codes.map((m) => m.code);
    const doc = dom('/compare/redirects/');
    const grid = doc.querySelector('.fact-grid');
    expect(grid).not.toBeNull();
    const table = grid!.querySelector('table')!;
    const methods = [...table.querySelectorAll('thead th')].map((th) => th.getAttribute('data-method'));
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.length).toBe(2);
    expect(methods.length).toBe(2);
    const placed: number[] = [];
    for (const row of rows) {
      const permanence = row.querySelector('th')!.getAttribute('data-permanence');
      [...row.querySelectorAll('td')].forEach((cell, i) => {
        const codes = [...cell.querySelectorAll('a[data-code]')].map((a) => Number(a.getAttribute('data-code')));
        expect(codes.length).toBeGreaterThan(0);
        for (const code of codes) {
          const facts = entries.find((e) => e.code === code)!.facts;
          expect([code, facts.permanence, facts.method]).toEqual([code, permanence, methods[i]]);
          placed.push(code);
        }
      });
    }
    const beside = [...grid!.querySelectorAll('.fact-grid-beside a[data-code]')].map((a) => Number(a.getAttribute('data-code')));
    expect(beside).toContain(303);
    expect([...placed, ...beside].sort()).toEqual([...family].sort());
    expect(placed.sort()).toEqual([301, 302, 307, 308]);
  });
});

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test(`the map has no axe findings (${scheme})`, async ({ page }) => {
    // Hundreds of SVG texts to check for contrast: slower than a text page.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(MAP);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

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
