/**
 * The sitemap and robots.txt as built: every page meant for search engines listed once, nothing
 * else, and robots.txt pointing to the sitemap.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { siteOrigin } from '../../src/lib/site/origin.ts';
import { builtPages } from '../support/built-page.ts';
import { DIST, sitemapPaths } from '../support/sitemap.ts';

test('the sitemap lists every page exactly once, except the noindex ones', () => {
  const listed = sitemapPaths();
  assert.equal(new Set(listed).size, listed.length, 'no page twice');
  const indexable = builtPages()
    .filter((p) => p.document.querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex')
    .map((p) => p.path);
  assert.deepEqual([...listed].sort(), indexable.sort());
});

test('robots.txt points to the sitemap', () => {
  assert.ok(readFileSync(join(DIST, 'robots.txt'), 'utf8').includes(`Sitemap: ${siteOrigin()}/sitemap.xml`));
});
