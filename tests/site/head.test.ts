/**
 * What every built page says about itself in its <head>: a title of its own, a description, its
 * language, one canonical URL (none on the pages kept out of search engines), link-preview tags
 * that repeat the title and permalink, and the theme script placed where it can run before the
 * first paint, and the OpenSearch description every page links. Read from dist/, no browser.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { siteOrigin } from '../../src/lib/site/origin.ts';
import { builtPage, builtPages } from '../support/built-page.ts';
import { DIST, sitemapPaths } from '../support/sitemap.ts';

const SITE = siteOrigin();
const isNoindex = (doc: Document): boolean => doc.querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex';
const meta = (doc: Document, selector: string): string | null | undefined => doc.querySelector(selector)?.getAttribute('content');

test('every page of the sitemap has a title of its own, a description, its language and the header and footer', () => {
  const titles = new Map<string, string>();
  for (const path of sitemapPaths()) {
    const doc = builtPage(path).document;
    const title = doc.title;
    assert.ok(title.length > 0, `${path} has a title`);
    assert.equal(titles.get(title), undefined, `${path} and ${titles.get(title)} share the title "${title}"`);
    titles.set(title, path);
    assert.equal(doc.documentElement.getAttribute('lang'), 'en', path);
    assert.match(meta(doc, 'meta[name="description"]') ?? '', /.{20,}/, path);
    assert.equal(doc.querySelectorAll('header input[type="search"]').length, 1, `${path}: the search field`);
    assert.equal(doc.querySelectorAll('body > footer').length, 1, `${path}: the footer`);
  }
});

test('every page has exactly one canonical URL, its own, repeated by its preview tags; noindex pages have none', () => {
  const hidden: string[] = [];
  for (const { path, document: doc } of builtPages()) {
    const canonicals = [...doc.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href'));
    if (isNoindex(doc)) {
      hidden.push(path);
      assert.deepEqual(canonicals, [], path);
      continue;
    }
    assert.deepEqual(canonicals, [`${SITE}${path}`], path);
    assert.equal(meta(doc, 'meta[property="og:url"]'), `${SITE}${path}`, path);
    assert.equal(meta(doc, 'meta[property="og:title"]'), doc.title, path);
  }
  assert.deepEqual(hidden.sort(), ['/404.html', '/offline/', '/search/']);
});

test('the theme script is a classic, blocking script in <head>, on every page, before the styles', () => {
  for (const { path, html } of builtPages()) {
    // The not-found page has a theme script of its own (public/theme.js): no room for the control.
    const src = path === '/404.html' ? '/theme.js' : '/head.js';
    const head = html.split('</head>')[0] ?? '';
    const script = head.indexOf(`<script src="${src}"></script>`);
    assert.ok(script > -1, `${path}: no <script src="${src}"> in <head>`);
    const firstStyle = head.indexOf('<link rel="stylesheet"');
    if (firstStyle > -1) assert.ok(script < firstStyle, `${path}: the theme script comes after the styles`);
  }
});

test('every page links the OpenSearch description, whose template is the search page with the query', () => {
  for (const path of sitemapPaths()) {
    const links = [...builtPage(path).document.querySelectorAll('link[rel="search"]')].map((l) => l.getAttribute('href'));
    assert.deepEqual(links, ['/opensearch.xml'], path);
  }
  // Served as application/xml, which browsers accept for OpenSearch: tests/site/serving.test.ts.
  const xml = readFileSync(join(DIST, 'opensearch.xml'), 'utf8');
  assert.ok(xml.includes('<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">'), 'the OpenSearch 1.1 namespace');
  assert.match(/template="([^"]+)"/.exec(xml)?.[1] ?? '', /\/search\/\?q=\{searchTerms\}$/);
});
