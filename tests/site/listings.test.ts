/**
 * The pages that list codes or lead to other pages, as built: the class pages, the cheatsheet,
 * the no-JavaScript search page, and the links from the header and the cheatsheet to the guide
 * and the comparisons. Driven by the entries and the comparison files.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLASSES } from '../../src/lib/site/classes.ts';
import { attrs, builtPage, linksNamed, text, texts } from '../support/built-page.ts';
import { classOf, entries } from '../support/content.ts';
import { comparisons } from '../support/guide-content.ts';

const CLASS_IDS = CLASSES.map((c) => c.id);

test('class pages list exactly their codes, registered then unofficial, each in numeric order', () => {
  for (const id of CLASS_IDS) {
    const doc = builtPage(`/${id}/`).document;
    assert.ok(text(doc.querySelector('h1')).includes(id), id);
    const listed = attrs(doc, 'main ul li a[href^="/"]', 'href').filter((h) => /^\/\d{3}\/$/.test(h));
    const expected = entries.filter((e) => classOf(e.code) === id);
    // Registered codes first, then the unofficial ones under their own heading, each group in numeric order.
    const unofficial = expected.filter((e) => e.status === 'unofficial');
    const ordered = [...expected.filter((e) => e.status !== 'unofficial'), ...unofficial];
    assert.deepEqual(
      listed,
      ordered.map((e) => `/${e.code}/`),
      id,
    );
    const headings = texts(doc, 'h1, h2, h3, h4').filter((h) => h.startsWith(`Unofficial ${id} codes`));
    assert.equal(headings.length, unofficial.length > 0 ? 1 : 0, `${id}: the unofficial heading`);
  }
});

test('the cheatsheet lists every code, grouped by class, each with its own anchor, phrase, summary and link', () => {
  const doc = builtPage('/').document;
  for (const id of CLASS_IDS) {
    const rows = attrs(doc, `section[data-class="${id}"] li[id]`, 'id');
    const expected = entries.filter((e) => classOf(e.code) === id);
    assert.deepEqual(
      rows.map(Number).sort((a, b) => a - b),
      expected.map((e) => e.code),
      id,
    );
  }
  for (const entry of entries) {
    const row = doc.querySelector(`li[id="${entry.code}"]`);
    assert.ok(text(row).includes(entry.phrase), `${entry.code} phrase`);
    assert.ok(text(row).includes(entry.summary), `${entry.code} summary`);
    assert.deepEqual(attrs(row!, 'a', 'href'), [`/${entry.code}/`], `${entry.code} link`);
  }
});

test('the search page, for readers without JavaScript, says search needs it and links every code and class', () => {
  const doc = builtPage('/search/').document;
  assert.ok(text(doc.querySelector('[data-search-needs-js]')).includes('needs JavaScript'));
  assert.deepEqual(
    linksNamed(doc, 'the cheatsheet').map((a) => a.getAttribute('href')),
    ['/'],
  );
  for (const c of CLASSES) {
    assert.deepEqual(
      linksNamed(doc, `${c.id} ${c.name}`).map((a) => a.getAttribute('href')),
      [`/${c.id}/`],
      c.id,
    );
  }
  for (const entry of entries) {
    const links = doc.querySelectorAll(`a[href="/${entry.code}/"]`);
    assert.equal(links.length, 1, String(entry.code));
    assert.deepEqual(
      linksNamed(doc, `${entry.code} ${entry.phrase}`).map((a) => a.getAttribute('href')),
      [`/${entry.code}/`],
    );
  }
});

test('the header and the cheatsheet link to the guide and the comparisons, which list every family', () => {
  for (const path of ['/', '/404/']) {
    const doc = builtPage(path).document;
    assert.equal(doc.querySelectorAll('header a[href="/guide/"]').length, 1, path);
    assert.equal(doc.querySelectorAll('header a[href="/compare/"]').length, 1, path);
  }
  const home = builtPage('/').document;
  assert.equal(home.querySelectorAll('main a[href="/guide/"]').length, 1);
  assert.equal(home.querySelectorAll('main a[href="/compare/"]').length, 1);
  const index = builtPage('/compare/').document;
  for (const [slug, c] of comparisons) assert.deepEqual(texts(index, `main a[href="/compare/${slug}/"]`), [c.title], slug);
});
