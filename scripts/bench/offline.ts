// The offline layer: the service worker's install, "available offline", and revalidation.
import { readFileSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { OfflineList } from '../../src/integrations/offline-files.ts';
import { FILES } from '../../src/lib/site/paths.ts';
import type { RunningNginx } from '../harness/run-nginx.ts';
import { repoPath } from '../harness/repo.ts';
import { median } from './measure.ts';

const dist = repoPath('dist');

/**
 * The offline layer in Chromium: how long the service worker takes to install and keep what a
 * visit needs, what "available offline" downloads and how long it takes, and how fast a kept
 * page opens with no network.
 */
export async function offlineRun(browser: Browser, nginx: RunningNginx) {
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
export function revalidation(origin: string, path: string): Promise<{ fullBytes: number; revalidatedBytes: number; status: number }> {
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
