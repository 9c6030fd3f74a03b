// What a visitor's browser downloads to show a page, through nginx.
import type { Browser } from '@playwright/test';
import { layoutShift } from '../harness/page-metrics.ts';

/** Bytes the browser downloads to show a page, by kind, compressed as served. */
export async function pageLoad(browser: Browser, origin: string, path: string) {
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
