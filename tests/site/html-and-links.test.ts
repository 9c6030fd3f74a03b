/**
 * Every HTML file of the build as written: valid HTML, no broken internal link or anchor,
 * external links only to known hosts, no inline script or style (the Content-Security-Policy
 * forbids them), and each page within its byte budget (scripts/harness/budgets.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { test } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { BUDGETS, budgetFor, kib } from '../../scripts/harness/budgets.ts';
import { pageWeight } from '../../scripts/harness/page-weight.ts';
import { siteOrigin } from '../../src/lib/site/origin.ts';
import { CACHING } from '../../src/lib/site/paths.ts';
import { repoPath } from '../../scripts/harness/repo.ts';
import { attrs, builtPages, fileOf } from '../support/built-page.ts';
import { DIST } from '../support/sitemap.ts';

const SITE = siteOrigin();
const pages = builtPages();

/** Hosts that pages may link to: the standards bodies, and vendors' own documentation. */
const ALLOWED_HOSTS = new Set([
  'www.rfc-editor.org',
  'datatracker.ietf.org',
  'www.iana.org',
  'www.w3.org',
  'developers.cloudflare.com',
  'docs.aws.amazon.com',
  'learn.microsoft.com',
  'cloud.google.com',
  'docs.stripe.com',
  'shopify.dev',
  'metacpan.org',
  'www.tornadoweb.org',
  'nginx.org',
  'laravel.com',
  'developer.paddle.com',
  'devcenter.heroku.com',
  // The API guidelines /guidelines/ cites, at their own homes.
  'google.aip.dev',
  'opensource.zalando.com',
  'jsonapi.org',
  'graphql.github.io',
]);

/** Vendors that publish their documentation on a shared host, allowed by the vendor's own path. */
const ALLOWED_PREFIXES = [
  'https://github.com/ssllabs/',
  // Microsoft publishes its API guidelines, Google code.proto and gRPC its mapping, in their repositories.
  'https://github.com/microsoft/api-guidelines/',
  'https://github.com/googleapis/googleapis/',
  'https://github.com/grpc/',
];

/**
 * A page of the message catalogue cites each vendor's own documentation and source code, on many
 * hosts: its links are held to the sources its file declares instead (tests/site/messages.test.ts).
 */
const isCataloguePage = (path: string): boolean => /^\/messages\/[^/]+\/$/.test(path);

/** /caching/ cites every CDN's and search engine's own pages: each link must be one the cache files name (tests/site/caching.test.ts). */
const CACHE_FILE_URLS = new Set(
  [
    ...readFileSync(repoPath('content', 'caches', 'cdns.yaml'), 'utf8').matchAll(/url: (\S+)/g),
    ...readFileSync(repoPath('content', 'caches', 'crawlers.yaml'), 'utf8').matchAll(/url: (\S+)/g),
  ].map((m) => m[1]),
);
const citedByCacheFiles = (path: string, url: URL): boolean =>
  path === CACHING && (CACHE_FILE_URLS.has(url.href) || url.host === 'www.rfc-editor.org');

test('every page passes html-validate with zero errors', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const failures: string[] = [];
  for (const { file } of pages) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) failures.push(`${relative(DIST, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('no broken internal link or anchor; external links only to allowed hosts', () => {
  const ids = new Map(pages.map((p) => [p.path, new Set(attrs(p.document, '[id]', 'id'))]));
  const broken: string[] = [];
  for (const page of pages) {
    // The not-found page is served at any missing path: its relative links must work from one.
    const base = new URL(page.path === '/404.html' ? '/missing/' : page.path, SITE);
    for (const link of [...attrs(page.document, '[href]', 'href'), ...attrs(page.document, '[src]', 'src')]) {
      if (link.startsWith('#')) {
        if (!ids.get(page.path)?.has(decodeURIComponent(link.slice(1)))) broken.push(`${page.path}: ${link} (no anchor)`);
        continue;
      }
      const url = new URL(link, base);
      if (url.origin === SITE) {
        const target = url.pathname;
        if (!statSync(fileOf(target), { throwIfNoEntry: false })?.isFile()) broken.push(`${page.path}: ${link} (no file)`);
        else if (url.hash && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page.path}: ${link} (no anchor)`);
      } else if (url.protocol !== 'https:') {
        broken.push(`${page.path}: ${link} (not https)`);
      } else if (
        !isCataloguePage(page.path) &&
        !citedByCacheFiles(page.path, url) &&
        !(ALLOWED_HOSTS.has(url.host) || ALLOWED_PREFIXES.some((p) => url.href.startsWith(p)))
      ) {
        broken.push(`${page.path}: ${link} (host not allowed)`);
      }
    }
  }
  assert.deepEqual(broken, []);
});

test('no inline script, style element or style attribute anywhere (the CSP forbids them)', () => {
  for (const { path, document: doc, html } of pages) {
    assert.deepEqual(
      [...doc.querySelectorAll('script:not([src])')].map((s) => s.outerHTML.slice(0, 80)),
      [],
      path,
    );
    assert.equal(doc.querySelectorAll('style').length, 0, path);
    assert.equal(doc.querySelectorAll('[style]').length, 0, path);
    // The parser only sees elements; the raw text catches a style in an SVG or a comment trick too.
    assert.doesNotMatch(html, /<style[\s>]/, path);
    assert.doesNotMatch(html, /\sstyle="/, path);
  }
});

test(`byte budgets: each page within ${kib(BUDGETS.page)}, the cheatsheet within ${kib(BUDGETS.cheatsheet)}, the guide's map within ${kib(BUDGETS.guideMap)}, a message source's page within ${kib(BUDGETS.messageSource)}, JS on load within ${kib(BUDGETS.jsOnLoad)}`, () => {
  const over: string[] = [];
  const report: string[] = [];
  for (const page of pages) {
    const weight = pageWeight(DIST, page.file);
    const budget = budgetFor(page.path);
    if (weight.total > budget) over.push(`${page.path}: ${weight.total} B > ${budget} B`);
    if (weight.js > BUDGETS.jsOnLoad) over.push(`${page.path}: JS on load ${weight.js} B > ${BUDGETS.jsOnLoad} B`);
    if (['/', '/4xx/', '/429/', '/499/', '/guide/map/', '/messages/nginx/'].includes(page.path))
      report.push(`${page.path} ${weight.total} B (HTML ${weight.html}, CSS ${weight.css}, JS ${weight.js})`);
  }
  console.log(`Page weight, gzip: ${report.join('; ')}`);
  assert.deepEqual(over, []);
});
