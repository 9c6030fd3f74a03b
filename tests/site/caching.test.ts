/**
 * /caching/ and /caching.json as built, read from dist/ and checked against the data
 * files themselves: a row per code with an entry, the measured caches with their versions, the
 * CDNs with a source per cell, the crawler rows read through summaries marked, the links both
 * ways, the sitemap, and search finding the page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CACHING, cachingRowPath, codePath, HOME } from '../../src/lib/site/paths.ts';
import { builtPage, text, texts } from '../support/built-page.ts';
import { cacheData } from '../support/cache-content.ts';
import { entries } from '../support/content.ts';
import { DIST, sitemapPaths } from '../support/sitemap.ts';
import { search } from '../support/search-node.ts';

const page = builtPage(CACHING).document;
const matrix = page.querySelector('table.caching-matrix');

test('every code with an entry has a row at /caching/#<code>, linking its code page', () => {
  for (const e of entries) {
    const row = matrix?.querySelector(`tr[id="${e.code}"]`);
    assert.ok(row, `no row for ${e.code}`);
    assert.equal(row.querySelector('th a')?.getAttribute('href'), codePath(e.code));
  }
});

test('at least four caches measured here, each with its Debian version, and at least four CDNs', () => {
  const heads = texts(matrix as Element, 'thead th');
  const measured = cacheData.measurements.caches.filter((c) => c.version);
  assert.ok(measured.length >= 4);
  assert.ok(cacheData.cdns.cdns.length >= 4);
  assert.equal(heads.length, 1 + cacheData.measurements.caches.length + cacheData.cdns.cdns.length);
  const listed = text(page.querySelector('#caches + dl'));
  for (const c of measured) assert.ok(listed.includes(`${c.debian} ${c.version}`), `${c.id}: version not shown`);
  assert.ok(text(page.querySelector('#how + ul')).includes('npm run caches'));
});

test('a cell shows what the data says: Varnish kept a 404 with no headers, HAProxy did not even with max-age', () => {
  const cells = [...(matrix?.querySelectorAll('tr[id="404"] td') ?? [])].map((td) => text(td));
  const col = (id: string): string => cells[cacheData.measurements.caches.findIndex((c) => c.id === id)] ?? '';
  const v = cacheData.measurements.codes['404'] as Record<string, Record<string, { from: string }>>;
  assert.equal(v['varnish']?.['none']?.from, 'cache');
  assert.equal(col('varnish')[0], '●');
  assert.equal(v['haproxy']?.['max-age']?.from, 'origin');
  assert.equal(col('haproxy')[1], '·');
});

test('every documented CDN cell links to the vendor page of its rule', () => {
  const row = matrix?.querySelector('tr[id="404"]');
  const links = [...(row?.querySelectorAll('td a') ?? [])].map((a) => a.getAttribute('href') ?? '');
  const cloudflare = cacheData.cdns.cdns.find((c) => c.id === 'cloudflare');
  const rule = cloudflare?.rules.find((r) => r.codes.includes(404));
  assert.ok(rule && links.includes(rule.source.url));
  assert.ok(links.every((l) => l.startsWith('https://')));
});

test('the crawler rows read through summaries are marked as such, the others not', () => {
  const rows = [...page.querySelectorAll('table.caching-crawlers tbody tr')];
  const entries = cacheData.crawlers.crawlers.flatMap((c) => c.entries);
  assert.equal(rows.length, entries.length);
  rows.forEach((row, i) => assert.equal(text(row).includes('Source†'), entries[i]?.evidence === 'vendor-summary', text(row)));
  assert.match(text(page.querySelector('#crawlers + p')), /read through summaries/);
});

test('the page says where caches and the RFCs disagree, citing RFC 9110 §15.1', () => {
  const heading = page.querySelector('#rfc');
  assert.equal(text(heading), 'Where caches and the RFCs disagree');
  const section = text(heading?.nextElementSibling) + text(heading?.nextElementSibling?.nextElementSibling);
  assert.match(section, /RFC 9110 §15\.1/);
  assert.match(section, /CloudFront .*503/);
});

test('the cheatsheet links /caching/, and the sitemap lists it', () => {
  assert.ok([...builtPage(HOME).document.querySelectorAll('a')].some((a) => a.getAttribute('href') === CACHING));
  assert.ok(sitemapPaths().includes(CACHING));
});

test('/caching.json has a version and a row per measured code, each with its line and URL', () => {
  const json = JSON.parse(readFileSync(join(DIST, 'caching.json'), 'utf8')) as {
    version: number;
    codes: { url: string; code: number; line: string }[];
  };
  assert.equal(json.version, 1);
  assert.equal(json.codes.length, Object.keys(cacheData.measurements.codes).length);
  const row = json.codes.find((c) => c.code === 404);
  assert.ok(row?.url.endsWith(cachingRowPath(404)));
  assert.match(row?.line ?? '', /Varnish/);
});

test('search finds the page or its row for questions about caching a code', async () => {
  for (const [query, urls] of [
    ['does cloudflare cache 404', [cachingRowPath(404), CACHING]],
    ['varnish cache 503', [cachingRowPath(503), CACHING]],
    ['nginx proxy_cache_valid', [CACHING]],
  ] as const) {
    const { settled } = await search(query);
    const top = settled.slice(0, 3).map((h) => h.item.url);
    assert.ok(
      top.some((u) => (urls as readonly string[]).includes(u)),
      `${query}: ${top.join(', ')}`,
    );
  }
});
