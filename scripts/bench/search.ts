// Search as visitors meet it: keystroke to first result, idle and on a slow link.
import type { Browser } from '@playwright/test';
import { median } from './measure.ts';

const SEARCH_RUNS = 5;
/** How long a fresh page is left alone before the first keystroke. */
const SETTLE_MS = 500;

/** Later queries typed into the same page, after the first keystroke: the warm case. */
const LATER_QUERIES = ['timeout', 'forbiden', 'what code when the user is not logged in', 'redirect keeps post', 'upload too big'];
/** The page the first keystroke is measured on: a code page, the page most visitors land on from a link. */
const SEARCH_PAGE = '/404/';

/**
 * Time from a keystroke to the first result shown, and the bytes that search fetched. Cold: a
 * fresh visit to a code page, left to settle, the field focused and one letter typed at once,
 * until the first option shows. Warm: later queries on the same page. With `trace`, Chromium's trace of
 * the first run's keystroke is written there, to see where the time goes.
 */
export async function searchTiming(browser: Browser, origin: string, trace?: string) {
  const cold: number[] = [];
  const warm: number[] = [];
  let firstQueryBytes = 0;
  let firstQueryRequests = 0;
  for (let run = 0; run < SEARCH_RUNS; run += 1) {
    // Without the service worker, which would answer from its cache what a first visit downloads.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${origin}${SEARCH_PAGE}`, { waitUntil: 'networkidle' });
    // Let it settle, as a reader does before searching: search is prepared in that idle time.
    await page.waitForTimeout(SETTLE_MS);
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
    // The letter comes right after the focus, which is when the search code starts to load.
    await page.locator('#search-input').focus();
    if (trace && run === 0) await browser.startTracing(page, { path: trace, screenshots: false });
    cold.push(await measure('t'));
    if (trace && run === 0) await browser.stopTracing();
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
    page: SEARCH_PAGE,
    coldMs: Math.round(median(cold)),
    coldRunsMs: cold.map(Math.round),
    warmMs: Math.round(median(warm)),
    firstQueryBytes,
    firstQueryRequests,
    runs: SEARCH_RUNS,
    warmQueries: warm.length,
  };
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
export async function slowLinkSearch(browser: Browser, origin: string) {
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
