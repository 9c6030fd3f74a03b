/**
 * The reference kept at hand offline, in Chromium with its service worker running (the other
 * browser tests block it, see playwright.config.ts): the install criteria as Chromium judges
 * them, offline navigation to a visited page, to the offline page, and to every page after
 * "available offline", search offline, and a new deployment replacing the old cache.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { freePort } from '../../scripts/harness/run-nginx.ts';
import { FILES, PAGEFIND_SCRIPT } from '../../src/lib/site/paths.ts';
import type { OfflineList } from '../../src/integrations/offline-files.ts';
import { resultTargets, searchInput, settled } from '../support/search-box.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const dist = repoPath('dist');
const list = JSON.parse(readFileSync(join(dist, FILES.offlineList), 'utf8')) as OfflineList;

test.use({ serviceWorkers: 'allow' });

/** Opens a page and waits until the service worker has installed, activated and controls it. */
async function withWorker(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
  });
}

const cacheNames = (page: Page): Promise<string[]> => page.evaluate(() => caches.keys());

const keptPaths = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths;
  });

async function offline(context: BrowserContext, page: Page, path: string): Promise<void> {
  await context.setOffline(true);
  await page.goto(path);
}

test('Chromium finds the site installable: manifest, icons, theme colours and a worker', async ({ page }) => {
  await withWorker(page, '/');
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  // Playwright's contexts are incognito windows, where Chromium never offers to install: that
  // one is about the test's browser, not the site.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  const manifest = (await (await page.request.get(FILES.manifest)).json()) as {
    name: string;
    display: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
  // Each icon is there, at the size it claims (a PNG's width and height sit at bytes 16-23).
  for (const icon of manifest.icons) {
    const response = await page.request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    const body = await response.body();
    if (icon.sizes !== 'any') expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  // iOS asks for its icon at the root by that name, unlinked, which saves every page a link.
  expect(manifest.icons.map((i) => i.src)).toContain(FILES.appleTouchIcon);
  const themes = await page.locator('meta[name="theme-color"]').evaluateAll((m) => m.map((e) => e.getAttribute('media')));
  expect(themes).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
  // What a visit needs is kept before any of it is visited.
  const kept = await keptPaths(page);
  for (const path of ['/', '/4xx/', '/guide/', FILES.offline, FILES.searchData]) expect(kept, path).toContain(path);
  expect(await cacheNames(page)).toEqual([list.cache]);
});

test('offline: a visited page opens, an unvisited one gives the offline page listing what is kept', async ({ page, context }) => {
  await withWorker(page, '/');
  await page.goto('/429/');
  await offline(context, page, '/429/');
  await expect(page.locator('h1')).toContainText('429');
  await page.goto('/418/');
  await expect(page.locator('h1')).toHaveText('Not available offline');
  const listed = page.locator('[data-offline-kept] a');
  await expect(listed.filter({ hasText: /^\/429\/$/ })).toHaveCount(1);
  await expect(listed.filter({ hasText: /^\/4xx\/$/ })).toHaveCount(1);
  await expect(listed.filter({ hasText: /^\/418\/$/ })).toHaveCount(0);
  await listed.filter({ hasText: /^\/429\/$/ }).click();
  await expect(page.locator('h1')).toContainText('429');
});

/** Words ask for full-text results too (src/lib/search/answer.ts); 429 comes first from the search data alone. */
const FULL_TEXT_QUERY = 'rate limit';

/** The codes of the first rows for a query, once its answer has settled. */
async function search(page: Page, query: string): Promise<(number | string)[]> {
  await searchInput(page).fill(query);
  await settled(page, query);
  return (await resultTargets(page)).slice(0, 3);
}

/** Pagefind's files the page asked for, and those that failed. */
function watchPagefind(page: Page): { served: string[]; failed: string[] } {
  const seen = { served: [] as string[], failed: [] as string[] };
  page.on('response', (r) => {
    if (r.url().includes('/pagefind/') && r.ok()) seen.served.push(new URL(r.url()).pathname);
  });
  page.on('requestfailed', (r) => {
    if (r.url().includes('/pagefind/')) seen.failed.push(`${new URL(r.url()).pathname} ${r.failure()?.errorText ?? ''}`);
  });
  return seen;
}

test('search answers offline from the kept search data before full-text search is kept', async ({ page, context }) => {
  await withWorker(page, '/');
  await offline(context, page, '/4xx/');
  const pagefind = watchPagefind(page);
  expect(await search(page, FULL_TEXT_QUERY)).toContain(429);
  // Pagefind's index is kept only once used online, or by "available offline".
  expect(pagefind.failed.map((f) => f.split(' ')[0])).toContain(PAGEFIND_SCRIPT);
});

test('"available offline" keeps every page, with its size and progress; then every page and full-text search work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await withWorker(page, '/');
  const control = page.locator('[data-offline-control]');
  const button = control.getByRole('button');
  await expect(button).toContainText(`${list.pages} pages, ${(list.bytes / 1024 / 1024).toFixed(1)} MB`);
  await button.click();
  await expect(control.locator('progress')).toBeVisible();
  await expect(control.getByRole('status')).toHaveText(`Done: all ${list.pages} pages and search are available offline.`, {
    timeout: 80_000,
  });
  const kept = new Set(await keptPaths(page));
  expect(list.files.filter((f) => !kept.has(f))).toEqual([]);

  await offline(context, page, '/418/');
  await expect(page.locator('h1')).toContainText('418');
  await page.goto('/guide/map/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('h1')).not.toHaveText('Not available offline');
  // Pagefind's index was kept too: full-text search answers offline.
  const pagefind = watchPagefind(page);
  expect(await search(page, FULL_TEXT_QUERY)).toContain(429);
  await expect(page.locator('#search-status')).not.toContainText('could not load');
  expect(pagefind.failed).toEqual([]);
  expect(pagefind.served).toContain(PAGEFIND_SCRIPT);
});

test('a new deployment replaces the old copy and its cache on the next visit', async ({ page }) => {
  test.setTimeout(60_000);
  // A scratch copy of the site, served by the local server, that is "deployed" again mid-test.
  const site = mkdtempSync(join(tmpdir(), 'offline-site-'));
  cpSync(dist, site, { recursive: true });
  const port = await freePort();
  const server = spawn(process.execPath, [repoPath('scripts', 'serve.ts'), site], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await expect
      .poll(() =>
        fetch(origin).then(
          (r) => r.status,
          () => 0,
        ),
      )
      .toBe(200);
    await withWorker(page, `${origin}/`);
    expect(await cacheNames(page)).toEqual([list.cache]);

    // The next build: another cache name in sw.js, a changed cheatsheet (compressed copies removed, so the edit is what is served).
    const next = 'site-nextbuild0000';
    const worker = join(site, FILES.serviceWorker);
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(list.cache, next));
    const home = join(site, 'index.html');
    writeFileSync(
      home,
      readFileSync(home, 'utf8').replace(
        '<h1 class="text-3xl font-bold">HTTP status codes</h1>',
        '<h1 class="text-3xl font-bold">HTTP status codes, new</h1>',
      ),
    );
    for (const file of [worker, home]) for (const suffix of ['.br', '.gz']) rmSync(file + suffix);

    await page.goto(`${origin}/4xx/`);
    await expect.poll(() => cacheNames(page), { timeout: 20_000 }).toEqual([next]);
    await page.goto(`${origin}/`);
    await expect(page.locator('h1')).toHaveText('HTTP status codes, new');
  } finally {
    server.kill();
    rmSync(site, { recursive: true, force: true });
  }
});
