import { expect, test as base, type Page } from '@playwright/test';
import { classOf, entries } from '../support/content.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunksFor } from '../../src/lib/search/directory/chunks.ts';
import type { FullTextDirectory } from '../../src/lib/search/directory/types.ts';
import { FILES } from '../../src/lib/site/paths.ts';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/engine.ts';
import { DIST } from '../support/sitemap.ts';
import { PASTED_MESSAGES } from '../support/queries/pasted-messages.ts';
import { resultOptions as options, searchInput as input, settled } from '../support/search-box.ts';

/**
 * The tests that only type queries into the cheatsheet's search and read what it answers share
 * one cheatsheet per worker, reset before each of them (the field emptied and left, the panel
 * closed, both filters on "All", back at / if a test left it), so each runs as it would on a
 * fresh page, in any order, once the page is loaded and its search prepared. A failed test ends
 * its worker, and with it the shared page. What a fresh page does (what it loads and when, and
 * what it says when loading fails or is slow) is tested on fresh pages.
 */
const test = base.extend<{ cheatsheet: Page }, { sharedCheatsheet: Page }>({
  sharedCheatsheet: [
    async ({ browser }, use, { project }) => {
      const { baseURL, serviceWorkers, viewport } = project.use;
      const context = await browser.newContext({
        ...(baseURL !== undefined && { baseURL }),
        ...(serviceWorkers !== undefined && { serviceWorkers }),
        ...(viewport !== undefined && { viewport }),
      });
      const page = await context.newPage();
      await page.goto('/');
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  cheatsheet: async ({ sharedCheatsheet: page }, use) => {
    const url = new URL(page.url());
    if (url.pathname !== '/' || url.search !== '') await page.goto('/');
    await expect(page.locator('#search-kind option')).toHaveCount(3);
    await page.evaluate(() => {
      for (const id of ['search-class', 'search-kind']) (document.getElementById(id) as HTMLSelectElement).value = '';
    });
    await input(page).fill('');
    await input(page).blur();
    await expect(page.locator('#search-panel')).toBeHidden();
    await use(page);
  },
});

/** Codes of the shown results, in order: a code page's own, or the first a message, comparison or guide end is about. */
async function resultCodes(page: Page): Promise<number[]> {
  return (
    await options(page).evaluateAll((lis) =>
      lis.map((li) => (li as HTMLElement).dataset['code'] ?? (li as HTMLElement).dataset['codes']?.split(' ')[0]),
    )
  ).map(Number);
}

/** Opens search with the keyboard shortcut, types the query and waits for its final results. */
async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await expect(input(page)).toBeFocused();
  await page.keyboard.type(query);
  await settled(page, query);
}

/**
 * Holds every request for Pagefind's files until release(): full-text results that come late,
 * as on a slow link, for exactly as long as the test needs them late.
 */
async function holdPagefind(page: Page): Promise<{ release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await page.route(/\/pagefind\/.*$/, async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}

test("the codes' data is prepared while the page is idle; Pagefind and the messages load only once the visitor reaches for search", async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/418/');
  await page.waitForLoadState('networkidle');
  await expect.poll(() => requested.includes('/codes.json')).toBe(true);
  await expect(input(page)).toHaveAttribute('data-ready', 'true');
  expect(requested.filter((p) => p.startsWith('/pagefind/') || p === '/search-messages.json')).toEqual([]);
  await search(page, 'teapot');
  expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(true);
  await expect.poll(() => requested.includes('/search-messages.json')).toBe(true);
});

test('a visitor who asked to save data downloads nothing for search until they reach for it', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/418/');
  // The loader comes once the page has loaded, and would prepare search once the page is idle:
  // by the page's next idle moment after the network has gone quiet, that would have begun.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done())));
  expect(requested.filter((p) => p.startsWith('/pagefind/') || p.endsWith('.json') || /search-ui/.test(p))).toEqual([]);
  await search(page, 'teapot');
  expect(requested).toContain('/codes.json');
});

test('a code number puts that code first', async ({ cheatsheet: page }) => {
  await search(page, '404');
  expect((await resultCodes(page))[0]).toBe(404);
  await expect(options(page).first()).toContainText('Not Found');
});

test('a prefix lists its codes in numeric order', async ({ cheatsheet: page }) => {
  await search(page, '42');
  const expected = entries.filter((e) => String(e.code).startsWith('42')).map((e) => e.code);
  expect(expected.length).toBeGreaterThan(2);
  expect(await resultCodes(page)).toEqual(expected.slice(0, 12));
});

test('a class query ("5xx") lists exactly that class, in numeric order', async ({ cheatsheet: page }) => {
  await search(page, '5xx');
  const codes = await resultCodes(page);
  expect(codes.length).toBeGreaterThan(0);
  expect(codes.every((c) => classOf(c) === '5xx')).toBe(true);
  expect(codes).toEqual([...codes].sort((a, b) => a - b));
});

test('words find codes by meaning: "rate limit" finds 429', async ({ cheatsheet: page }) => {
  await search(page, 'rate limit');
  expect((await resultCodes(page)).slice(0, 3)).toContain(429);
  const top = options(page)
    .filter({ has: page.locator('mark') })
    .first();
  await expect(top).toBeVisible();
});

test('"redirect" finds the redirect codes, and pages about them', async ({ cheatsheet: page }) => {
  await search(page, 'redirect');
  const top = await options(page).evaluateAll((lis) =>
    lis.slice(0, 5).map((li) => ((li as HTMLElement).dataset['code'] ?? (li as HTMLElement).dataset['codes'] ?? '').split(' ').map(Number)),
  );
  expect(top.length).toBe(5);
  expect(
    top.flat().every((c) => classOf(c) === '3xx'),
    JSON.stringify(top),
  ).toBe(true);
});

test('arrow keys move, Enter opens the chosen result', async ({ cheatsheet: page }) => {
  await search(page, '30');
  const codes = await resultCodes(page);
  await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(input(page)).toHaveAttribute('aria-activedescendant', 'search-result-1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${codes[1]}/$`));
});

test('clicking a result opens it', async ({ cheatsheet: page }) => {
  await search(page, 'gateway');
  const second = options(page).nth(1);
  const code = await second.getAttribute('data-code');
  await second.click();
  await expect(page).toHaveURL(new RegExp(`/${code}/$`));
});

test('a complete code and Enter go straight to its page', async ({ cheatsheet: page }) => {
  await search(page, '503');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/503\/$/);
  await expect(page.locator('h1')).toHaveText(/^503 /);
});

test('Escape closes the results', async ({ cheatsheet: page }) => {
  await search(page, 'timeout');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(input(page)).toHaveAttribute('aria-expanded', 'false');
});

test('Ctrl+K focuses the search from anywhere', async ({ page }) => {
  await page.goto('/204/');
  await page.keyboard.press('Control+k');
  await expect(input(page)).toBeFocused();
});

test('a number with no code says so and links its class', async ({ cheatsheet: page }) => {
  await search(page, '299');
  await expect(page.locator('#search-status')).toContainText('There is no 299');
  await expect(page.locator('#search-status a')).toHaveAttribute('href', '/2xx/');
});

test('nothing found says so and offers the cheatsheet and the classes', async ({ cheatsheet: page }) => {
  await search(page, 'xyzzyplugh');
  await expect(page.locator('#search-status')).toContainText('No code matches');
  await expect(page.locator('#search-status').getByRole('link', { name: 'the cheatsheet' })).toHaveAttribute('href', '/');
  await expect(page.locator('#search-status').getByRole('link', { name: '4xx' })).toHaveAttribute('href', '/4xx/');
  await expect(options(page)).toHaveCount(0);
});

test('markup in a query is shown as text, never run', async ({ cheatsheet: page }) => {
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    void d.dismiss();
  });
  await search(page, '<img src=x onerror=alert(1)>');
  await expect(page.locator('#search-status')).toContainText('<img src=x');
  expect(await page.locator('#search-panel img').count()).toBe(0);
  expect(dialog).toBe(false);
});

test('the kind filter keeps only unofficial codes', async ({ cheatsheet: page }) => {
  await search(page, 'timeout');
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('unofficial');
  await expect(page.locator('#search-status')).toContainText('(unofficial only)');
  const codes = await resultCodes(page);
  const unofficial = new Set(entries.filter((e) => e.status === 'unofficial').map((e) => e.code));
  expect(codes.length).toBeGreaterThan(0);
  expect(codes.every((c) => unofficial.has(c))).toBe(true);
});

test('the browser can search the site from the address bar (OpenSearch)', async ({ page }) => {
  // The link to the description and its template are read in the built files (tests/site/head.test.ts),
  // its content type as served in tests/site/serving.test.ts; here, the template as the address bar fills it in.
  const xml = readFileSync(join(DIST, 'opensearch.xml'), 'utf8');
  const template = /template="([^"]+)"/.exec(xml)?.[1] ?? '';
  await page.goto(new URL(template.replace('{searchTerms}', 'captive+portal')).pathname + '?q=captive+portal');
  await expect(page).toHaveURL(/\/search\/\?q=captive\+portal$/);
  await expect(options(page).first()).toHaveAttribute('data-code', '511');
});

test('a shared search URL opens with its results and the focus in the field; Escape, Tab away and a click outside close them', async ({
  page,
}) => {
  const panel = page.locator('#search-panel');
  for (const close of [
    () => page.keyboard.press('Escape'),
    () => page.keyboard.press('Shift+Tab'),
    () => page.locator('main h1').click(),
  ]) {
    await page.goto('/?q=rate+limit');
    await expect(input(page)).toHaveValue('rate limit');
    await expect(input(page)).toBeFocused();
    await expect(options(page).first()).toBeVisible();
    expect((await resultCodes(page)).slice(0, 3)).toContain(429);
    await close();
    await expect(panel).toBeHidden();
  }
});

test('the class filter narrows the results', async ({ cheatsheet: page }) => {
  await search(page, 'timeout');
  const before = await resultCodes(page);
  expect(
    before.some((c) => classOf(c) !== '5xx'),
    'the query must also match codes of other classes',
  ).toBe(true);
  await page.getByRole('combobox', { name: 'Class' }).selectOption('5xx');
  await expect(page.locator('#search-status')).toContainText('(5xx only)');
  await expect(options(page).first()).toBeVisible();
  const codes = await resultCodes(page);
  expect(codes.every((c) => classOf(c) === '5xx')).toBe(true);
});

test('a misspelt word is corrected, said so, and the exact words are one click away', async ({ cheatsheet: page }) => {
  await search(page, 'forbiden');
  const status = page.locator('#search-status');
  await expect(status).toContainText('Showing results for forbidden');
  expect((await resultCodes(page))[0]).toBe(403);
  await status.getByRole('button', { name: 'Search for “forbiden” instead' }).click();
  await expect(status).not.toContainText('Showing results for');
  await expect(input(page)).toBeFocused();
});

test('a question in plain words finds its code; framing words never empty the list', async ({ cheatsheet: page }) => {
  await search(page, 'what code when the user is not logged in');
  expect((await resultCodes(page)).slice(0, 3)).toContain(401);
});

test('no dead end: words that no page has together still show the closest matches', async ({ cheatsheet: page }) => {
  await search(page, 'payment needed');
  const status = page.locator('#search-status');
  await expect(status).not.toContainText('No code matches');
  expect((await resultCodes(page)).slice(0, 3)).toContain(402);
});

test('when the search files cannot load it says so, and the next keystroke works once they can', async ({ page }) => {
  await page.route(/\/(codes\.json|pagefind\/.*)$/, (route) => route.abort('internetdisconnected'));
  // Before the page loads, so that the preparation while idle fails too.
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('/');
  await page.keyboard.type('rate');
  const status = page.locator('#search-status');
  await expect(status).toContainText('Search could not load');
  await expect(page.locator('h1')).toBeVisible();
  await page.unrouteAll();
  await page.keyboard.type(' limit');
  await settled(page, 'rate limit');
  expect((await resultCodes(page)).slice(0, 3)).toContain(429);
  await expect(status).not.toContainText('could not load');
});

test('when only full-text search cannot load, results from names still show and say so', async ({ page }) => {
  await page.goto('/');
  await page.route(/\/pagefind\/.*$/, (route) => route.abort('internetdisconnected'));
  await search(page, 'throttled');
  await expect(page.locator('#search-status')).toContainText('Full-text search could not load');
  expect((await resultCodes(page))[0]).toBe(429);
});

test('when full-text search fails while the index is still being built, the results still settle', async ({ page }) => {
  await page.route(/\/pagefind\/.*$/, (route) => route.abort('internetdisconnected'));
  // A slow processor, so that the index takes long enough to build for the field to be reached meanwhile.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await page.goto('/');
  // The search code is attached (data-ready) and its index not built yet (the filters are filled after).
  await page.waitForFunction(
    () => document.getElementById('search-input')?.dataset['ready'] === 'true' && !document.querySelector('#search-kind option'),
    null,
    {
      polling: 5,
    },
  );
  await search(page, 'throttled');
  await expect(page.locator('#search-status')).toContainText('Full-text search could not load');
  expect((await resultCodes(page))[0]).toBe(429);
});

test('"A vs B" and "A or B" put the comparison of those codes first', async ({ cheatsheet: page }) => {
  for (const [query, slug] of [
    ['301 vs 308', 'redirects'],
    ['401 or 403', 'unauthorized-forbidden'],
    ['400 vs 422', 'bad-input'],
  ] as const) {
    await input(page).fill(query);
    await settled(page, query);
    await expect(options(page).first()).toHaveAttribute('data-url', `/compare/${slug}/`);
    await expect(options(page).first()).toHaveAttribute(
      'data-codes',
      new RegExp(
        query
          .match(/\d{3}/g)
          ?.map((c) => `(?=.*\\b${c}\\b)`)
          .join('') ?? '',
      ),
    );
  }
  await options(page).first().click();
  await expect(page).toHaveURL(/\/compare\/bad-input\/$/);
});

test('a question for the guide finds its recommendation or the code in the top 3', async ({ cheatsheet: page }) => {
  await search(page, 'which code for validation error');
  const rows = await options(page).evaluateAll((lis) =>
    lis
      .slice(0, 3)
      .map(
        (li) =>
          `${(li as HTMLElement).dataset['code'] ?? ''} ${(li as HTMLElement).dataset['codes'] ?? ''} ${(li as HTMLElement).dataset['url'] ?? ''}`,
      ),
  );
  expect(rows.some((r) => /\b422\b/.test(r))).toBe(true);
});

test('when no word matches anything, the nearest code names are offered as links', async ({ cheatsheet: page }) => {
  await search(page, 'qqqgatewayqqq');
  const status = page.locator('#search-status');
  await expect(status).toContainText('No code matches');
  await expect(status).toContainText('Did you mean');
  await expect(status.getByRole('link', { name: '502 Bad Gateway' })).toHaveAttribute('href', '/502/');
  await expect(options(page)).toHaveCount(0);
});

test('results hold still: rows on screen and the selection stay put when full-text results arrive late', async ({ page }) => {
  // Full text arrives late, as on a slow link: only once the visitor has moved through the rows.
  const fullText = await holdPagefind(page);
  await page.goto('/');
  const query = 'proxy timeout';
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  const list = page.locator('#search-results');
  await expect(list).toHaveAttribute('data-query', query);
  await expect(list).toHaveAttribute('aria-busy', 'true');
  const urls = () => options(page).evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['url']));
  const before = await urls();
  expect(before.length).toBeGreaterThan(2);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = await page.locator('[role="option"][aria-selected="true"]').getAttribute('data-url');
  expect(chosen).toBe(before[2]);
  fullText.release();
  await settled(page, query);
  expect((await urls()).slice(0, before.length)).toEqual(before);
  await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveAttribute('data-url', chosen ?? '');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${(chosen ?? '').replace(/[/#]/g, '\\$&')}$`));
});

test('"No code matches" is never shown while results are still coming', async ({ page }) => {
  // Full text arrives late, as on a slow link: only once the status line has said it is searching.
  const fullText = await holdPagefind(page);
  await page.goto('/');
  // Every text the status line shows, from the first keystroke on.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const status = document.getElementById('search-status');
    if (status)
      new MutationObserver(() =>
        seen.push(`${document.getElementById('search-results')?.getAttribute('aria-busy')}|${status.textContent}`),
      ).observe(status, { childList: true, subtree: true, characterData: true });
  });
  // A word of the pages' prose that no name, term or summary has: only full text finds it.
  await page.keyboard.press('/');
  await page.keyboard.type('hop-by-hop');
  await expect(page.locator('#search-status')).toContainText('Searching for');
  fullText.release();
  await settled(page, 'hop-by-hop');
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.some((s) => s.startsWith('true|Searching for'))).toBe(true);
  expect(seen.filter((s) => s.startsWith('true|') && s.includes('No code matches'))).toEqual([]);
});

test('a right-to-left override in the query cannot reorder the status sentence', async ({ cheatsheet: page }) => {
  await search(page, '\u202eforbidden');
  const status = page.locator('#search-status');
  await expect(status.locator('bdi')).toHaveText('\u202eforbidden');
  await expect(status).toContainText(/results? for/);
});

test('the field stops at its maximum length; a very long search URL still gets the search page', async ({ cheatsheet: page }) => {
  await input(page).fill('x'.repeat(5000));
  expect((await input(page).inputValue()).length).toBe(MAX_QUERY_LENGTH);
  const response = await page.goto(`/search/?q=${'a'.repeat(5000)}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toBeVisible();
});

test('/search/?q= with JavaScript on shows the results, not the text meant for JavaScript off', async ({ page }) => {
  await page.goto('/search/?q=teapot');
  await expect(options(page).first()).toHaveAttribute('data-code', '418');
  await expect(page.getByText('needs JavaScript, which is off')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/search/?q= keeps the query in its field and lists every code with its name, for find-in-page', async ({ page }) => {
    await page.goto('/search/?q=teapot');
    await expect(page.getByText('needs JavaScript, which is off')).toBeVisible();
    for (const entry of [entries[0]!, entries.find((e) => e.code === 418)!, entries.at(-1)!]) {
      await expect(page.locator('main').getByRole('link', { name: `${entry.code} ${entry.phrase}` })).toBeVisible();
    }
    expect(await page.locator('main a[href^="/"]').count()).toBeGreaterThanOrEqual(entries.length);
  });
});

test('messages pasted from logs and keys from vendors find their entry, typed into the page', async ({ cheatsheet: page }) => {
  await page.keyboard.press('/');
  for (const [query, wanted] of [
    ['H12 Request timeout', '/messages/heroku/#h12-request-timeout'],
    ['Error 1020 Access denied', '/messages/cloudflare/#error-1020'],
    [PASTED_MESSAGES[0]![0], '/504/'],
  ] as const) {
    await input(page).fill(query);
    await settled(page, query);
    const top3 = await options(page).evaluateAll((lis) =>
      lis.slice(0, 3).map((li) => `${(li as HTMLElement).dataset['url']} ${(li as HTMLElement).dataset['codes'] ?? ''}`),
    );
    expect(
      top3.some((row) => row.startsWith(wanted) || (wanted.startsWith('/5') && row.includes(wanted.slice(1, 4)))),
      `${query}: ${top3.join(', ')}`,
    ).toBe(true);
  }
});

test('offline after search has loaded: when full text cannot load, the status line says so', async ({ page, context }) => {
  await page.goto('/');
  await search(page, 'rate limit');
  // A word whose index chunk the first search did not bring: Pagefind cannot answer it offline.
  const { chunks } = JSON.parse(readFileSync(join(DIST, FILES.fullTextDirectory), 'utf8')) as FullTextDirectory;
  const have = new Set(chunksFor(['rate', 'limit'], chunks));
  const word = ['accept', 'precondition', 'unauthorized', 'websocket', 'zero'].find(
    (w) => !chunksFor([w], chunks).some((c) => have.has(c)),
  );
  expect(word, 'a word in another chunk').toBeDefined();
  await context.setOffline(true);
  await input(page).fill(word ?? '');
  await settled(page, word ?? '');
  await expect(page.locator('#search-status')).toContainText('Full-text search could not load');
  expect((await resultCodes(page)).length).toBeGreaterThan(0);
  await context.setOffline(false);
});
