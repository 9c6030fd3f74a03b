/**
 * Link previews (Open Graph and Twitter tags) of every page of the sitemap, and the preview image
 * each one points to: a PNG of its own in dist/, 1200x630, within its byte limit.
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BUDGETS } from '../../scripts/harness/budgets.ts';
import { siteOrigin } from '../../src/lib/site/origin.ts';
import { builtPage } from '../support/built-page.ts';
import { entries } from '../support/content.ts';
import { DIST, sitemapPaths } from '../support/sitemap.ts';

const SITE = siteOrigin();
const MAX_IMAGE_BYTES = BUDGETS.ogImage;

/** Every content of a preview tag, by property (og:…) or name (twitter:…). */
function meta(doc: Document, key: string): string[] {
  const attr = key.startsWith('og:') ? 'property' : 'name';
  return [...doc.querySelectorAll(`meta[${attr}="${key}"]`)].map((m) => m.getAttribute('content') ?? '');
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test(`every page in the sitemap has complete preview tags and its own 1200x630 PNG within ${MAX_IMAGE_BYTES / 1024} KB`, () => {
  const problems: string[] = [];
  const images = new Set<string>();
  const paths = sitemapPaths();
  for (const path of paths) {
    const doc = builtPage(path).document;
    const [image, ...extra] = meta(doc, 'og:image');
    if (!image || extra.length) {
      problems.push(`${path}: ${extra.length + (image ? 1 : 0)} og:image tags`);
      continue;
    }
    const url = new URL(image);
    if (url.origin !== SITE) problems.push(`${path}: og:image is not an absolute URL on the site: ${image}`);
    images.add(url.pathname);
    const file = join(DIST, url.pathname);
    const size = statSync(file, { throwIfNoEntry: false })?.size;
    if (size === undefined) {
      problems.push(`${path}: ${url.pathname} is not in dist/`);
      continue;
    }
    const dimensions = pngSize(readFileSync(file));
    if (dimensions?.width !== 1200 || dimensions.height !== 630)
      problems.push(`${path}: ${url.pathname} is ${JSON.stringify(dimensions) ?? 'not a PNG'}`);
    if (size > MAX_IMAGE_BYTES) problems.push(`${path}: ${url.pathname} is ${size} bytes`);
    const expected: Record<string, string> = {
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:type': 'image/png',
      'twitter:card': 'summary_large_image',
    };
    for (const [key, value] of Object.entries(expected)) {
      if (meta(doc, key).join() !== value) problems.push(`${path}: ${key} is ${meta(doc, key).join() || 'missing'}`);
    }
    if ((meta(doc, 'og:image:alt')[0] ?? '').length < 20) problems.push(`${path}: og:image:alt missing or too short`);
  }
  assert.deepEqual(problems, []);
  assert.equal(images.size, paths.length, 'each page has an image of its own');
});

test("a code page's preview names its code and phrase", () => {
  for (const e of entries) {
    const doc = builtPage(`/${e.code}/`).document;
    assert.ok((meta(doc, 'og:image:alt')[0] ?? '').includes(`${e.code} ${e.phrase}`), String(e.code));
    assert.match(meta(doc, 'og:image')[0] ?? '', new RegExp(`/${e.code}\\.png$`), String(e.code));
  }
});
