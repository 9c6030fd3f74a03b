// The benchmark (npm run bench): builds the site, serves it through nginx with the project's
// production configuration (precompressed gzip and brotli), and measures what visitors get.
// Prints a report and writes the figures to bench-results/ as JSON, so runs can be compared.
// Goals are reported here, never asserted as timings in tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { dump } from 'js-yaml';
import { splitEntry } from '../src/lib/codes/frontmatter.ts';
import { browserLaunchOptions, findChromium } from './harness/browser.ts';
import { freePort, startNginx, type RunningNginx } from './harness/run-nginx.ts';
import { loadLighthouse } from './harness/lighthouse.ts';
import { layoutShift } from './harness/page-metrics.ts';
import { BUDGETS, GOALS, kib } from './harness/budgets.ts';
import { pageWeight } from './harness/page-weight.ts';
import { findWrk } from './harness/programs.ts';
import { scratchProject } from './harness/scratch-project.ts';
import { OG_CACHE_DIR } from '../src/lib/previews/card.ts';
import { FILES } from '../src/lib/site/paths.ts';
import type { PagefindEntry } from '../src/lib/search/directory/types.ts';
import type { OfflineList } from '../src/integrations/offline-files.ts';
import { request as httpRequest } from 'node:http';
import { REPO, repoPath } from './harness/repo.ts';

const dist = repoPath('dist');
const astro = repoPath('node_modules', '.bin', 'astro');
const PAGES = [
  { name: 'cheatsheet', path: '/' },
  { name: 'class page', path: '/4xx/' },
  { name: 'code page 404', path: '/404/' },
  { name: 'code page 429', path: '/429/' },
  { name: 'code page 499 (unofficial)', path: '/499/' },
  { name: 'guide map', path: '/guide/map/' },
];
const LIGHTHOUSE_PAGES = ['/', '/4xx/', '/429/'];
const SEARCH_RUNS = 5;
const LOAD_SECONDS = 8;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const dirBytes = (dir: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .reduce((sum, f) => sum + statSync(join(f.parentPath, f.name)).size, 0);

/** The search index proper: Pagefind's index, fragments, filters, meta and WebAssembly, not its UI bundles. */
function indexSize(site: string): number {
  const dir = join(site, 'pagefind');
  const parts = ['index', 'fragment', 'filter'].reduce((sum, sub) => sum + dirBytes(join(dir, sub)), 0);
  const files = readdirSync(dir).filter((f) => f.endsWith('.pf_meta') || (f.startsWith('wasm.') && f.endsWith('.pagefind')));
  return parts + files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

function timedBuild(env: Record<string, string>): number {
  const start = performance.now();
  const result = spawnSync(astro, ['build'], { cwd: REPO, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - start) / 1000;
}

/** Bytes the browser downloads to show a page, by kind, compressed as served. */
async function pageLoad(browser: Browser, origin: string, path: string) {
  // A first visit, from the network: the service worker is measured apart (offlineRun).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const bytes: Record<string, number> = {};
  let requests = 0;
  const external: string[] = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    const kind = request.resourceType();
    requests += 1;
    if (!request.url().startsWith(origin)) external.push(request.url());
    bytes[kind] = (bytes[kind] ?? 0) + (sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0);
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0);
  const shift = await layoutShift(page);
  await context.close();
  return { bytes, requests, external, firstContentfulPaintMs: Math.round(paint), layoutShift: shift };
}

/** Later queries typed into the same page, after the first one: the warm case. */
const LATER_QUERIES = ['timeout', 'forbiden', 'what code when the user is not logged in', 'redirect keeps post', 'upload too big'];

/**
 * Time from a keystroke to the first result shown, and the bytes that search fetched. Cold:
 * the first keystroke right after focusing the field on a fresh page (the search code and data
 * load on focus). Warm: later queries on the same page.
 */
async function searchTiming(browser: Browser, origin: string) {
  const cold: number[] = [];
  const warm: number[] = [];
  let firstQueryBytes = 0;
  let firstQueryRequests = 0;
  for (let run = 0; run < SEARCH_RUNS; run += 1) {
    // Without the service worker, which would answer from its cache what a first visit downloads.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    let bytes = 0;
    let count = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => undefined);
      bytes += sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
      count += 1;
    });
    const measure = async (query: string): Promise<number> => {
      await page.evaluate(() => {
        const input = document.getElementById('search-input');
        const list = document.getElementById('search-results');
        const w = window as unknown as { __t0?: number; __t1?: number };
        delete w.__t0;
        delete w.__t1;
        list?.replaceChildren();
        input?.addEventListener('keydown', () => (w.__t0 ??= performance.now()), { once: true });
        new MutationObserver((_, observer) => {
          if (list && list.childElementCount > 0) {
            w.__t1 = performance.now();
            observer.disconnect();
          }
        }).observe(list as Node, { childList: true });
      });
      await page.keyboard.type(query);
      await page.waitForFunction(() => (window as unknown as { __t1?: number }).__t1 !== undefined);
      return page.evaluate(() => {
        const w = window as unknown as { __t0: number; __t1: number };
        return w.__t1 - w.__t0;
      });
    };
    await page.locator('#search-input').focus();
    cold.push(await measure('rate limit'));
    await page.waitForLoadState('networkidle');
    if (run === 0) {
      firstQueryBytes = bytes;
      firstQueryRequests = count;
    }
    for (const query of LATER_QUERIES) {
      await page.locator('#search-input').fill('');
      warm.push(await measure(query));
    }
    await context.close();
  }
  return {
    coldMs: Math.round(median(cold)),
    warmMs: Math.round(median(warm)),
    firstQueryBytes,
    firstQueryRequests,
    runs: SEARCH_RUNS,
    warmQueries: warm.length,
  };
}

/**
 * The offline layer in Chromium: how long the service worker takes to install and keep what a
 * visit needs, what "available offline" downloads and how long it takes, and how fast a kept
 * page opens with no network.
 */
async function offlineRun(browser: Browser, nginx: RunningNginx) {
  const origin = nginx.origin;
  // nginx's access log counts every byte sent, the service worker's requests included.
  const log = join(nginx.dir, 'access.log');
  const logged = (from: number) =>
    readFileSync(log, 'utf8')
      .slice(from)
      .split('\n')
      .map((line) => / \d{3} (\d+) "/.exec(line)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
  const list = JSON.parse(readFileSync(join(dist, FILES.offlineList), 'utf8')) as OfflineList;
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  try {
    const start = performance.now();
    await page.goto(`${origin}/`);
    const precached = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const names = await caches.keys();
      return (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).length))).reduce((a, b) => a + b, 0);
    });
    const installMs = Math.round(performance.now() - start);
    const logStart = statSync(log).size;
    const saveStart = performance.now();
    await page.locator('[data-offline-control] button').click();
    await page.locator('[data-offline-control] [role="status"]').filter({ hasText: /^Done/ }).waitFor({ timeout: 120_000 });
    const saveSeconds = (performance.now() - saveStart) / 1000;
    const sent = logged(logStart);
    await context.setOffline(true);
    const opens: number[] = [];
    for (const path of ['/429/', '/4xx/', '/guide/', '/503/', '/compare/redirects/']) {
      const t = performance.now();
      await page.goto(`${origin}${path}`);
      opens.push(performance.now() - t);
    }
    return {
      precachedFiles: precached,
      installMs,
      all: { pages: list.pages, files: list.files.length, estimatedBytes: list.bytes },
      save: { seconds: Number(saveSeconds.toFixed(1)), bodyBytes: sent.reduce((a, b) => a + b, 0), requests: sent.length },
      offlineOpenMs: Math.round(median(opens)),
    };
  } finally {
    await context.close();
  }
}

/** Bytes of a page on the wire (brotli, headers included), downloaded whole and revalidated with its ETag. */
function revalidation(origin: string, path: string): Promise<{ fullBytes: number; revalidatedBytes: number; status: number }> {
  const get = (headers: Record<string, string>) =>
    new Promise<{ status: number; bytes: number; etag: string }>((done, fail) => {
      const { hostname, port } = new URL(origin);
      const req = httpRequest({ host: hostname, port, path, headers: { 'Accept-Encoding': 'br', ...headers } }, (res) => {
        let bytes = Object.entries(res.headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 0);
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => done({ status: res.statusCode ?? 0, bytes, etag: String(res.headers['etag'] ?? '') }));
      });
      req.on('error', fail);
      req.end();
    });
  return get({}).then(async (full) => {
    const again = await get({ 'If-None-Match': full.etag });
    return { fullBytes: full.bytes, revalidatedBytes: again.bytes, status: again.status };
  });
}

/** The slow link the search goals are set for: 400 kbit/s each way, 400 ms round trip. */
const SLOW_LINK = { latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };
const SLOW_RUNS = 3;

/**
 * Search on a slow link, from the first keystroke (right after focusing the field on a freshly
 * loaded page, so the search code and data load meanwhile): when the first results appear, when
 * Pagefind's full-text results have been merged, and when the list stops being busy (the
 * messages' data, which waits for the full text unless the query may be a message).
 */
async function slowLinkSearch(browser: Browser, origin: string) {
  const first: number[] = [];
  const full: number[] = [];
  const settled: number[] = [];
  for (let run = 0; run < SLOW_RUNS; run += 1) {
    // A first visit: the service worker would answer from its cache (measured in offlineRun).
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_LINK });
    const query = 'gateway timeout';
    await page.evaluate((q) => {
      const input = document.getElementById('search-input');
      const list = document.getElementById('search-results');
      const w = window as unknown as { __t0?: number; __first?: number; __full?: number; __settled?: number };
      input?.addEventListener('keydown', () => (w.__t0 ??= performance.now()), { once: true });
      new MutationObserver(() => {
        if (!list || list.dataset['query'] !== q) return;
        if (list.childElementCount > 0) w.__first ??= performance.now();
        if (list.dataset['fullText'] === 'merged') w.__full ??= performance.now();
        if (list.getAttribute('aria-busy') === 'false') w.__settled ??= performance.now();
      }).observe(list as Node, { childList: true, attributes: true });
    }, query);
    await page.locator('#search-input').focus();
    await page.keyboard.type(query, { delay: 80 });
    await page.waitForFunction(() => (window as unknown as { __settled?: number }).__settled !== undefined, undefined, {
      timeout: 30_000,
    });
    const times = await page.evaluate(() => {
      const w = window as unknown as { __t0: number; __first: number; __full: number; __settled: number };
      return { first: w.__first - w.__t0, full: w.__full - w.__t0, settled: w.__settled - w.__t0 };
    });
    first.push(times.first);
    full.push(times.full);
    settled.push(times.settled);
    await context.close();
  }
  return {
    firstMs: Math.round(median(first)),
    fullMs: Math.round(median(full)),
    settledMs: Math.round(median(settled)),
    runs: SLOW_RUNS,
  };
}

async function lighthouseScores(origin: string) {
  const { lighthouse, desktopConfig } = await loadLighthouse();
  const port = await freePort();
  const browser = await chromium.launch({
    ...browserLaunchOptions(),
    args: [...(browserLaunchOptions().args ?? []), `--remote-debugging-port=${port}`],
  });
  const results: Record<string, Record<string, Record<string, number>>> = {};
  try {
    for (const path of LIGHTHOUSE_PAGES) {
      results[path] = {};
      for (const [form, config] of [
        ['mobile', undefined],
        ['desktop', desktopConfig],
      ] as const) {
        const run = await lighthouse(`${origin}${path}`, { port, output: 'json', logLevel: 'error' }, config);
        const categories = run?.lhr.categories ?? {};
        results[path][form] = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
        // A score of 0 is usually Lighthouse failing to measure, not the page: say why.
        const failed =
          run?.lhr.runtimeError ??
          (Object.values(categories).some((c) => !c.score) ? { code: 'a score of 0 or none', message: '' } : undefined);
        if (failed) console.log(`Lighthouse could not measure ${path} (${form}): ${failed.code} ${failed.message}`);
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** requests/s, p50 and p99 latency and errors from wrk, run as a second process. */
function loadRun(url: string) {
  const wrk = findWrk();
  if (!wrk) return { skipped: 'wrk is not installed (Debian: apt-get install wrk)' };
  const out = execFileSync(wrk, ['-t2', '-c32', `-d${LOAD_SECONDS}s`, '--latency', '-H', 'Accept-Encoding: br, gzip', url], {
    encoding: 'utf8',
  });
  const latency = (p: string): number => {
    const m = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
    if (!m) return NaN;
    const value = Number(m[1]);
    return m[2] === 'us' ? value / 1000 : m[2] === 's' ? value * 1000 : value;
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  return {
    requestsPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0)),
    p50ms: latency('50'),
    p99ms: latency('99'),
    errors: (errors ? errors.slice(1).reduce((s, n) => s + Number(n), 0) : 0) + Number(non2xx?.[1] ?? 0),
  };
}

/**
 * Builds a copy of the site whose content is ten times larger, in a scratch project, never in
 * content/. Codes are 100-599, so there can be at most 500 entries: the copy has 500 (every
 * real entry and generated ones in the free numbers), each generated body repeated to reach ten
 * times the real content's bytes.
 */
function growthBuild(): { entries: number; contentBytes: number; seconds: number; indexBytes: number } {
  const project = scratchProject('bench-growth');
  try {
    const codes = join(project.root, 'codes');
    mkdirSync(codes);
    cpSync(repoPath('content', 'codes'), codes, { recursive: true });
    const real = readdirSync(codes).map((f) => readFileSync(join(codes, f), 'utf8'));
    const realBytes = real.reduce((s, t) => s + t.length, 0);
    const taken = new Set(readdirSync(codes).map((f) => Number(f.replace('.mdx', ''))));
    const free = Array.from({ length: 500 }, (_, i) => 100 + i).filter((c) => !taken.has(c));
    const perEntry = Math.ceil((realBytes * 10 - realBytes) / free.length);
    free.forEach((code, i) => {
      const source = real[i % real.length] ?? '';
      const { data: copied, body } = splitEntry(source, `${code}.mdx`);
      // A copy of a real entry under a free number, with nothing that points to other entries.
      const data = { ...(copied as Record<string, unknown>), code, phrase: `Generated ${code}`, related: [], confusedWith: [], inCode: {} };
      const yaml = dump(data);
      let text = body;
      while (text.length + yaml.length < perEntry) text += `\n${body}`;
      writeFileSync(join(codes, `${code}.mdx`), `---\n${yaml}---\n${text}`);
    });
    const contentBytes = readdirSync(codes).reduce((s, f) => s + statSync(join(codes, f)).size, 0);
    const build = project.astro('build', codes);
    if (build.status !== 0) throw new Error(`the tenfold build failed:\n${build.output}`);
    return { entries: readdirSync(codes).length, contentBytes, seconds: build.seconds, indexBytes: indexSize(join(project.root, 'dist')) };
  } finally {
    project.remove();
  }
}

async function main(): Promise<void> {
  if (!findChromium()) throw new Error('No Chromium: run "node scripts/ensure-tools.ts" first (npm test does).');
  const nginxPort = await freePort();
  // Built for the origin it is measured on, so canonical links match what Lighthouse sees.
  const origin = `http://127.0.0.1:${nginxPort}`;
  console.log('Building the site…');
  // Link-preview images are kept between builds (src/lib/previews/image.ts): time a build that renders
  // all of them, then a rebuild that finds them all, so the images' share of the build shows.
  rmSync(repoPath(OG_CACHE_DIR), { recursive: true, force: true });
  const buildSeconds = timedBuild({ SITE_URL: origin });
  const warmBuildSeconds = timedBuild({ SITE_URL: origin });
  const ogFiles = readdirSync(join(dist, 'og'), { recursive: true, withFileTypes: true }).filter(
    (f) => f.isFile() && f.name.endsWith('.png'),
  );
  const ogSizes = ogFiles.map((f) => statSync(join(f.parentPath, f.name)).size);
  const images = {
    count: ogSizes.length,
    bytes: ogSizes.reduce((a, b) => a + b, 0),
    largestBytes: Math.max(0, ...ogSizes),
    warmBuildSeconds: Number(warmBuildSeconds.toFixed(1)),
  };
  const contentBytes = readdirSync(repoPath('content', 'codes')).reduce((s, f) => s + statSync(repoPath('content', 'codes', f)).size, 0);
  const indexBytes = indexSize(dist);

  let nginx: RunningNginx | undefined;
  const browser = await chromium.launch(browserLaunchOptions());
  // A finally block does not run when the process is interrupted: stop nginx on the signal too,
  // so an aborted run leaves nothing listening.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping nginx and the browser`);
      void Promise.allSettled([nginx?.stop(), browser.close()]).then(() => process.exit(130));
    });
  }
  try {
    nginx = await startNginx(dist, nginxPort);
    console.log(`Serving through nginx at ${nginx.origin}; measuring pages…`);
    const pages = [];
    for (const { name, path } of PAGES) {
      const file = join(dist, path === '/' ? 'index.html' : `${path.slice(1)}index.html`);
      pages.push({ name, path, budget: pageWeight(dist, file), load: await pageLoad(browser, nginx.origin, path) });
    }
    console.log('Measuring search…');
    const search = await searchTiming(browser, nginx.origin);
    console.log('Measuring the offline layer…');
    const offline = await offlineRun(browser, nginx);
    const revalidated = await revalidation(nginx.origin, '/429/');
    console.log('Measuring search on a slow link (400 kbit/s, 400 ms)…');
    const slowSearch = await slowLinkSearch(browser, nginx.origin);
    console.log('Running Lighthouse (mobile and desktop)…');
    const scores = await lighthouseScores(nginx.origin);
    console.log(`Load runs with wrk (${LOAD_SECONDS} s each)…`);
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    const hash = Object.values(entry.languages)[0]?.hash;
    const load = {
      codePage: loadRun(`${nginx.origin}/429/`),
      searchIndex: loadRun(`${nginx.origin}/pagefind/pagefind.${hash}.pf_meta`),
      searchScript: loadRun(`${nginx.origin}/pagefind/pagefind.js`),
    };
    console.log('Building ten times the content in a scratch copy…');
    const growth = growthBuild();

    const results = {
      date: new Date().toISOString(),
      commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim(),
      budgets: BUDGETS,
      pages,
      search,
      offline,
      revalidated,
      slowSearch,
      lighthouse: scores,
      load,
      build: {
        seconds: Number(buildSeconds.toFixed(1)),
        contentBytes,
        indexBytes,
        entries: readdirSync(repoPath('content', 'codes')).length,
        images,
      },
      growth: {
        ...growth,
        seconds: Number(growth.seconds.toFixed(1)),
        timeFactor: Number((growth.seconds / buildSeconds).toFixed(2)),
        indexFactor: Number((growth.indexBytes / indexBytes).toFixed(2)),
        contentFactor: Number((growth.contentBytes / contentBytes).toFixed(1)),
      },
    };
    mkdirSync(repoPath('bench-results'), { recursive: true });
    const json = JSON.stringify(results, null, 2);
    writeFileSync(repoPath('bench-results', 'latest.json'), json);
    writeFileSync(repoPath('bench-results', `${results.date.replace(/[:.]/g, '-')}.json`), json);
    printReport(results);
  } finally {
    await browser.close();
    await nginx?.stop();
  }
}

function printReport(r: {
  pages: { name: string; path: string; budget: ReturnType<typeof pageWeight>; load: Awaited<ReturnType<typeof pageLoad>> }[];
  search: Awaited<ReturnType<typeof searchTiming>>;
  offline: Awaited<ReturnType<typeof offlineRun>>;
  revalidated: Awaited<ReturnType<typeof revalidation>>;
  slowSearch: Awaited<ReturnType<typeof slowLinkSearch>>;
  lighthouse: Record<string, Record<string, Record<string, number>>>;
  load: Record<string, ReturnType<typeof loadRun>>;
  build: {
    seconds: number;
    indexBytes: number;
    entries: number;
    images: { count: number; bytes: number; largestBytes: number; warmBuildSeconds: number };
  };
  growth: { entries: number; seconds: number; indexBytes: number; timeFactor: number; indexFactor: number; contentFactor: number };
}): void {
  const lines: string[] = [
    '',
    `== Pages (gzip, from the built files; budget: ${kib(BUDGETS.page)}, /clients/ ${kib(BUDGETS.clients)}, cheatsheet ${kib(BUDGETS.cheatsheet)}, guide map ${kib(BUDGETS.guideMap)}, JS on load ${kib(BUDGETS.jsOnLoad)}) ==`,
  ];
  for (const p of r.pages) {
    const b = p.budget;
    lines.push(
      `${p.name.padEnd(28)} total ${kb(b.total).padStart(8)}  HTML ${kb(b.html)}  CSS ${kb(b.css)}  JS ${kb(b.js)}  fonts 0  images 0  requests ${b.requests}`,
    );
  }
  lines.push('', '== Pages through nginx (bytes on the wire incl. headers, brotli) ==');
  for (const p of r.pages) {
    const kinds = Object.entries(p.load.bytes)
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join('  ');
    lines.push(
      `${p.name.padEnd(28)} ${kinds}  requests ${p.load.requests}  FCP ${p.load.firstContentfulPaintMs} ms  CLS ${p.load.layoutShift.toFixed(3)}  other origins ${p.load.external.length}`,
    );
  }
  lines.push('', '== Search ==');
  lines.push(`first query downloads ${kb(r.search.firstQueryBytes)} in ${r.search.firstQueryRequests} requests`);
  lines.push(
    `first keystroke after focusing to first result: ${r.search.coldMs} ms (median of ${r.search.runs} fresh pages; goal ${GOALS.firstSearchMs} ms)`,
  );
  lines.push(
    `later queries, keystroke to first result: ${r.search.warmMs} ms (median of ${r.search.warmQueries}; goal ${GOALS.laterSearchMs} ms)`,
  );
  const o = r.offline;
  lines.push('', '== Offline (service worker, Chromium, through nginx) ==');
  lines.push(`first visit: worker installed with ${o.precachedFiles} files kept in ${o.installMs} ms after navigation start`);
  lines.push(
    `"available offline": ${o.all.pages} pages, ${o.all.files} files, about ${kb(o.all.estimatedBytes)} (the estimate on the button); saved in ${o.save.seconds} s, nginx sent ${kb(o.save.bodyBytes)} in ${o.save.requests} requests`,
  );
  lines.push(`a kept page opens offline in ${o.offlineOpenMs} ms (median of 5)`);
  lines.push(
    `revalidating /429/ with its ETag: ${r.revalidated.status}, ${r.revalidated.revalidatedBytes} B instead of ${kb(r.revalidated.fullBytes)} (brotli)`,
  );
  lines.push(
    `slow link (400 kbit/s, 400 ms), first keystroke to first results: ${r.slowSearch.firstMs} ms (goal ${GOALS.slowFirstResultsMs} ms); ` +
      `to full-text results: ${r.slowSearch.fullMs} ms (goal ${GOALS.slowFullTextMs} ms); ` +
      `to every result (messages too): ${r.slowSearch.settledMs} ms (median of ${r.slowSearch.runs})`,
  );
  lines.push('', '== Lighthouse (performance / accessibility / best practices / SEO) ==');
  for (const [path, forms] of Object.entries(r.lighthouse)) {
    const fmt = (s: Record<string, number> | undefined) =>
      ['performance', 'accessibility', 'best-practices', 'seo'].map((c) => s?.[c] ?? '-').join(' / ');
    lines.push(`${path.padEnd(8)} mobile ${fmt(forms['mobile'])}   desktop ${fmt(forms['desktop'])}`);
  }
  lines.push('', `== Load (wrk, 2 threads, 32 connections, ${LOAD_SECONDS} s, nginx on loopback) ==`);
  for (const [name, l] of Object.entries(r.load)) {
    lines.push(
      'skipped' in l
        ? `${name}: ${l.skipped}`
        : `${name.padEnd(12)} ${l.requestsPerSecond} req/s  p50 ${l.p50ms} ms  p99 ${l.p99ms} ms  errors ${l.errors}`,
    );
  }
  lines.push('', '== Build ==');
  lines.push(`full build with indexing: ${r.build.seconds} s for ${r.build.entries} entries; index ${kb(r.build.indexBytes)}`);
  const og = r.build.images;
  lines.push(
    `preview images: ${og.count} PNG, ${kb(og.bytes)} in all, largest ${kb(og.largestBytes)}; rebuild with every image cached ${og.warmBuildSeconds} s (the difference is what rendering them costs)`,
  );
  lines.push(
    `content x${r.growth.contentFactor} (${r.growth.entries} entries): build ${r.growth.seconds} s (x${r.growth.timeFactor}), index ${kb(r.growth.indexBytes)} (x${r.growth.indexFactor})`,
  );
  console.log(lines.join('\n'));
}

await main();
