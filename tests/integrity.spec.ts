/**
 * Checks on every file of the build, without a browser: valid HTML, no broken internal link or
 * anchor, external links only to known hosts, a complete sitemap, one canonical URL per page,
 * no inline script or style (the Content-Security-Policy forbids them), and the byte budgets.
 */
import { siteOrigin } from '../src/lib/site.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { BUDGETS, budgetFor, kib } from '../scripts/lib/budgets.ts';
import { pageWeight } from '../scripts/lib/page-weight.ts';

const dist = resolve(import.meta.dirname, '..', 'dist');
const site = siteOrigin();

/** Hosts that pages may link to: the standards bodies, and vendors' own documentation. */
const ALLOWED_HOSTS = new Set([
  'www.rfc-editor.org',
  'datatracker.ietf.org',
  'www.iana.org',
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
]);

/** Vendors that publish their documentation on a shared host, allowed by the vendor's own path. */
const ALLOWED_PREFIXES = ['https://github.com/ssllabs/'];

const htmlFiles = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile() && f.name.endsWith('.html'))
  .map((f) => join(f.parentPath, f.name))
  .sort();

/** The URL path a file is served at: dist/429/index.html → /429/. */
function urlPath(file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

const pages = htmlFiles.map((file) => ({ file, path: urlPath(file), html: readFileSync(file, 'utf8') }));
const isNoindex = (html: string): boolean => html.includes('<meta name="robots" content="noindex">');
/** Pages meant for search engines: all but the not-found page and the no-JavaScript search page. */
const contentPages = pages.filter((p) => !isNoindex(p.html));

function attributes(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
}

test('every page passes html-validate with zero errors', async () => {
  test.setTimeout(120_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const failures: string[] = [];
  for (const { file } of pages) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) failures.push(`${relative(dist, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  expect(failures).toEqual([]);
});

test('no broken internal link or anchor; external links only to allowed hosts', () => {
  const ids = new Map(pages.map((p) => [p.path, new Set(attributes(p.html, 'id'))]));
  const broken: string[] = [];
  for (const page of pages) {
    const base = new URL(page.path === '/404.html' ? '/missing/' : page.path, site);
    for (const link of [...attributes(page.html, 'href'), ...attributes(page.html, 'src')]) {
      if (link.startsWith('#')) {
        if (!ids.get(page.path)?.has(decodeURIComponent(link.slice(1)))) broken.push(`${page.path}: ${link} (no anchor)`);
        continue;
      }
      const url = new URL(link, base);
      if (url.origin === site) {
        const target = url.pathname;
        const file = target.endsWith('/') ? join(dist, target, 'index.html') : join(dist, target);
        if (!statSync(file, { throwIfNoEntry: false })?.isFile()) broken.push(`${page.path}: ${link} (no file)`);
        else if (url.hash && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page.path}: ${link} (no anchor)`);
      } else if (url.protocol !== 'https:' || !(ALLOWED_HOSTS.has(url.host) || ALLOWED_PREFIXES.some((p) => url.href.startsWith(p)))) {
        broken.push(`${page.path}: ${link} (host not allowed)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('the sitemap lists every page exactly once, and robots.txt points to it', () => {
  const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(new Set(listed).size).toBe(listed.length);
  expect([...listed].sort()).toEqual(contentPages.map((p) => p.path).sort());
  expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap.xml`);
});

test('every page has exactly one canonical URL, its own; noindex pages have none', () => {
  for (const page of contentPages) {
    const canonicals = [...page.html.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((m) => m[1]);
    expect(canonicals, page.path).toEqual([`${site}${page.path}`]);
  }
  const hidden = pages.filter((p) => isNoindex(p.html)).map((p) => p.path);
  expect(hidden.sort()).toEqual(['/404.html', '/offline/', '/search/']);
  for (const page of pages.filter((p) => isNoindex(p.html))) expect(page.html, page.path).not.toContain('rel="canonical"');
});

test('no inline script, style element or style attribute anywhere (the CSP forbids them)', () => {
  for (const page of pages) {
    const inlineScripts = [...page.html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)];
    expect(
      inlineScripts.map((m) => m[0]),
      page.path,
    ).toEqual([]);
    expect(page.html, page.path).not.toMatch(/<style[\s>]/);
    expect(page.html, page.path).not.toMatch(/\sstyle="/);
  }
});

test(`byte budgets: each page within ${kib(BUDGETS.page)}, the cheatsheet within ${kib(BUDGETS.cheatsheet)}, the guide's map within ${kib(BUDGETS.guideMap)}, JS on load within ${kib(BUDGETS.jsOnLoad)}`, () => {
  const over: string[] = [];
  const report: string[] = [];
  for (const page of pages) {
    const weight = pageWeight(dist, page.file);
    const budget = budgetFor(page.path);
    if (weight.total > budget) over.push(`${page.path}: ${weight.total} B > ${budget} B`);
    if (weight.js > BUDGETS.jsOnLoad) over.push(`${page.path}: JS on load ${weight.js} B > ${BUDGETS.jsOnLoad} B`);
    if (['/', '/4xx/', '/429/', '/499/', '/guide/map/'].includes(page.path))
      report.push(`${page.path} ${weight.total} B (HTML ${weight.html}, CSS ${weight.css}, JS ${weight.js})`);
  }
  console.log(`Page weight, gzip: ${report.join('; ')}`);
  expect(over).toEqual([]);
});
