/**
 * What the built site says about real clients (issue 21): each code page's "In real clients"
 * section and the /clients/ matrix, read from dist/ and checked against the data file itself
 * (content/clients/measurements.json), not against the code that words it. Search is checked in
 * Chromium through the site's own box.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MEASUREMENTS_FILE, measurementsSchema, type ClientId } from '../src/lib/clients-schema.ts';
import { CLIENTS, codePath, SECTIONS } from '../src/lib/paths.ts';
import { searchFor, searchInput } from './support/search-box';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const data = measurementsSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'clients', MEASUREMENTS_FILE), 'utf8')));
const codes = Object.keys(data.codes).map(Number);

/** The text of a built page's section, tags removed, or undefined when it has none. */
function sectionText(path: string, id: string): string | undefined {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const at = html.indexOf(`id="${id}"`);
  if (at < 0) return undefined;
  const section = html.slice(html.lastIndexOf('<section', at), html.indexOf('</section>', at));
  return section
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The item of a section's list that starts with a label: "After POST with a body: ...". */
const line = (text: string, label: string): string => {
  const start = text.indexOf(`${label}:`);
  // Each line ends with the closing bracket of its last group of clients and a full stop.
  return start < 0 ? '' : text.slice(start, text.indexOf(').', start) + 2);
};

const followedPost = (code: number, client: ClientId): { follows: boolean; method?: string; body?: boolean } | undefined => {
  const cell = data.codes[String(code)]?.['follow.POST']?.[client];
  return cell && !('notMeasured' in cell) ? cell : undefined;
};

test('every measured code page has its In real clients section, with the date and each version measured', () => {
  const versions = data.clients.flatMap((c) => (c.version ? [c.version.split(' ')[0] ?? ''] : []));
  expect(versions.length).toBeGreaterThan(5);
  for (const code of codes) {
    const text = sectionText(codePath(code).slice(1), SECTIONS.clients);
    expect(text, `${code} has no section`).toBeDefined();
    expect(text).toContain('In real clients');
    expect(text).toContain(data.date);
    for (const v of versions) expect(text, `${code} lacks version ${v}`).toContain(v);
  }
});

test('a redirect page says which clients changed a POST and which kept it, as the data file has it', () => {
  for (const code of [301, 302, 303, 307, 308]) {
    const text = sectionText(String(code), SECTIONS.clients) ?? '';
    const post = line(text, 'After POST with a body');
    const changed = data.clients.filter((c) => followedPost(code, c.id)?.method === 'GET');
    const kept = data.clients.filter((c) => followedPost(code, c.id)?.method === 'POST');
    if (changed.length > 0 && kept.length > 0) {
      expect(post, `${code}`).toContain('changes POST to GET');
      expect(post, `${code}`).toContain('follows with POST and the body');
    }
    if (post) for (const c of [...changed, ...kept]) expect(post, `${code} does not name ${c.id}`).toContain(c.program);
  }
  // 308 in Python's urllib.request: raises instead of following a POST, and the page says so.
  expect(followedPost(308, 'python-urllib')?.follows).toBe(false);
  expect(line(sectionText('308', SECTIONS.clients) ?? '', 'After POST with a body')).toMatch(
    /does not follow \([^)]*Python urllib\.request/,
  );
});

test('/clients/ has a row for every measured code and a column for every client, and says why cells were not measured', () => {
  const html = readFileSync(join(dist, CLIENTS.slice(1), 'index.html'), 'utf8');
  const matrix = html.slice(html.indexOf('id="matrix"'), html.indexOf('id="redirects"'));
  for (const code of codes) expect(matrix, `row ${code}`).toContain(`href="${codePath(code)}"`);
  const headers = [...matrix.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
  expect(headers.length).toBe(data.clients.length + 1);
  const why = sectionText(CLIENTS.slice(1), 'not-measured') ?? html.slice(html.indexOf('id="not-measured"'));
  expect(why).toContain('keeps no HTTP cache');
  for (const c of data.clients) if (c.missing) expect(html).toContain(c.missing);
});

test('search reads the measured lines: a client’s own error name finds the page it was measured on', async ({ page }) => {
  await page.goto('/');
  await searchInput(page).focus();
  // "raises TooManyRedirects" is requests' answer to the redirect loop, written only in 302's
  // In real clients section, so finding 302 by it means the section is indexed.
  const loop = data.codes['302']?.loop?.['python-requests'];
  expect(loop && 'error' in loop ? loop.error : '').toContain('TooManyRedirects');
  const top = (await searchFor(page, 'TooManyRedirects')).slice(0, 3).map((r) => r.target);
  expect(top, `top 3: ${top.join(', ')}`).toContain(302);
  // One of the issue's own questions.
  expect((await searchFor(page, 'does fetch follow 308 with POST body'))[0]?.target).toBe(308);
});

test('/clients/ reads at 320 px: the code column stays in view and the page itself does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(CLIENTS);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const matrix = page.locator('section[aria-labelledby="matrix"]');
  await matrix.evaluate((el) => (el.scrollLeft = 400));
  const first = matrix.locator('tbody th').first();
  const box = await first.boundingBox();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect(box?.x ?? 999).toBeLessThan(40);
});
