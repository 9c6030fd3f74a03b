/**
 * Every code page as built, read from dist/ and checked against its entry: the heading, title,
 * summary, example, class and citation, the registry's name and status, earlier names, vendors'
 * meanings, version-marked constants, the copy buttons' texts, the section anchors, the
 * links to comparisons and the ranking weights given to Pagefind. That each page also renders in a browser is checked by
 * tests/browser/every-page.spec.ts; clicking copy buttons and anchors by tests/browser/share.spec.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { guidelinesFileSchema } from '../../src/lib/guidelines/schema.ts';
import { repoPath } from '../../scripts/harness/repo.ts';
import { citationText, STATUS_LABELS } from '../../src/lib/codes/labels.ts';
import { constantsOf, constantVersionNote } from '../../src/lib/codes/languages.ts';
import { SECTIONS } from '../../src/lib/site/paths.ts';
import { PAGEFIND_WEIGHTS } from '../../src/lib/search/weights.ts';
import { accessibleName, attrs, builtPage, linksNamed, text } from '../support/built-page.ts';
import { classOf, entries, expectedCopies } from '../support/content.ts';
import { comparisons } from '../support/guide-content.ts';
import { REGISTRY } from '../support/iana-registry.ts';

const page = (code: number): Document => builtPage(`/${code}/`).document;

describe('every code page', () => {
  for (const entry of entries) {
    test(`${entry.code} has its heading, title, description, summary, example, class link and citation`, () => {
      const doc = page(entry.code);
      const article = doc.querySelector('article')!;
      assert.equal(text(doc.querySelector('h1')), `${entry.code} ${entry.phrase}`);
      assert.ok(doc.title.startsWith(`${entry.code} ${entry.phrase}`), doc.title);
      assert.equal(doc.querySelector('meta[name="description"]')?.getAttribute('content'), entry.summary);
      assert.ok(
        [...article.querySelectorAll('*')].some((el) => text(el) === entry.summary),
        'the summary is in the article on its own',
      );

      const first = entry.examples[0];
      const firstLine = (first?.request ?? first?.response ?? first?.log ?? '').split('\n')[0] ?? '';
      assert.notEqual(firstLine, '');
      assert.ok(text(doc.querySelector('pre.http')).includes(firstLine.replace(/\s+/g, ' ').trim()), firstLine);

      const cls = classOf(entry.code);
      const classLink = [...article.querySelectorAll('a[href]')].find((a) => accessibleName(a).startsWith(`${cls} `));
      assert.equal(classLink?.getAttribute('href'), `/${cls}/`);
      if (entry.spec) {
        const cited = linksNamed(doc, citationText(entry.spec));
        assert.ok(cited.length > 0, `a link named ${citationText(entry.spec)}`);
        for (const a of cited) assert.equal(a.getAttribute('href'), entry.spec.url);
      } else {
        assert.ok(text(doc.querySelector('[role="note"]')).includes('Unofficial: no RFC defines'));
      }
      assert.deepEqual(
        linksNamed(doc, `All ${cls} codes`).map((a) => a.getAttribute('href')),
        [`/${cls}/`],
      );
    });
  }
});

test("every registered code's page shows the registry's name, status and section", () => {
  for (const row of REGISTRY) {
    const doc = page(row.code);
    assert.equal(text(doc.querySelector('h1')), `${row.code} ${row.phrase}`);
    assert.ok(text(doc.querySelector('article header')).includes(STATUS_LABELS[row.status].label), `${row.code} status`);
    assert.ok(linksNamed(doc, row.reference).length > 0, `${row.code}: a link named ${row.reference}`);
  }
});

test('earlier names appear on their pages', () => {
  const renamed = entries.filter((e) => e.earlierNames.length > 0);
  assert.ok(renamed.length > 0);
  for (const entry of renamed) {
    const article = text(page(entry.code).querySelector('article'));
    for (const n of entry.earlierNames) assert.ok(article.includes(n.name), `${entry.code}: ${n.name}`);
  }
});

test('every unofficial page carries its label and each origin, name and what the client receives', () => {
  const unofficial = entries.filter((e) => e.status === 'unofficial');
  assert.ok(unofficial.length > 0);
  for (const entry of unofficial) {
    const doc = page(entry.code);
    const note = text(doc.querySelector('[role="note"]'));
    const article = text(doc.querySelector('article'));
    assert.ok(note.includes(`Unofficial: no RFC defines ${entry.code}`), `${entry.code}: ${note}`);
    for (const m of entry.vendorMeanings) {
      assert.ok(note.includes(m.origin), `${entry.code}: origin ${m.origin}`);
      assert.ok(article.includes(m.name), `${entry.code}: ${m.name}`);
      // Backticks mark code in the data and are not shown.
      if (m.clientReceives) assert.ok(article.includes(m.clientReceives.replaceAll('`', '')), `${entry.code}: ${m.clientReceives}`);
    }
  }
});

test('a status note stands beside the registration status in the page header', () => {
  const noted = entries.filter((e) => e.statusNote);
  assert.ok(noted.length > 0);
  for (const entry of noted) {
    const header = page(entry.code).querySelector('article header')!;
    assert.ok(text(header).includes(STATUS_LABELS[entry.status].label), String(entry.code));
    assert.equal(text(header.querySelector('[data-status-note]')), entry.statusNote);
  }
});

test('version-marked constants show the current name first and mark older and removed names', () => {
  const marked = entries.filter((e) => Object.values(e.inCode).some((v) => typeof v !== 'string'));
  assert.ok(marked.length > 0);
  for (const entry of marked) {
    const doc = page(entry.code);
    for (const value of Object.values(entry.inCode)) {
      const list = constantsOf(value);
      if (list.length === 0 || typeof value === 'string') continue;
      const first = doc.querySelector(`[data-constant="${list[0]?.name}"]`);
      assert.equal(first?.getAttribute('data-current'), 'true', `${entry.code} ${list[0]?.name}`);
      for (const c of list) {
        const row = doc.querySelector(`[data-constant="${c.name}"]`);
        assert.ok(row, `${entry.code} ${c.name}`);
        const note = constantVersionNote(c);
        if (note) assert.ok(text(row).includes(`(${note})`), `${entry.code} ${c.name}: (${note})`);
        if (c.removedIn) assert.ok(row.querySelector('code')?.classList.contains('line-through'), `${entry.code} ${c.name} struck through`);
      }
    }
  }
});

/** Where a reader might have the site open, for the buttons that copy against it. */
const READER = 'http://reader.example:8080';

test('every copy button of every code page copies the right text and is named for what it copies', () => {
  for (const entry of entries) {
    const buttons = [...page(entry.code).querySelectorAll('main button.copy-btn')];
    // A button copies its data-copy text, its data-copy-path joined to the address the reader has
    // open, or the text of the element data-copy-from selects in its scope.
    const copies = buttons.map((b) => {
      const from = b.getAttribute('data-copy-from');
      const path = b.getAttribute('data-copy-path');
      if (path !== null) return new URL(path, READER).href;
      return (
        from ? (b.closest('[data-copy-scope]')?.querySelector(from)?.textContent ?? '') : (b.getAttribute('data-copy') ?? '')
      ).trimEnd();
    });
    assert.deepEqual(copies, expectedCopies(entry, READER), String(entry.code));
    // Named "Copy" and what it copies, which the copying code reads back for its announcement.
    for (const b of buttons) assert.match(accessibleName(b), /^Copy (the|an?) \S/, String(entry.code));
  }
});

test('every section heading of every code page has a permanent anchor (from paths.ts) and a link to it, named after it', () => {
  const permanent = new Set<string>(Object.values(SECTIONS));
  for (const entry of entries) {
    const doc = page(entry.code);
    const links = [...doc.querySelectorAll('main .anchor-link')];
    assert.equal(links.length, doc.querySelectorAll('main section > .section-heading > h2').length, String(entry.code));
    assert.ok(links.length > 2, String(entry.code));
    for (const link of links) {
      const hash = link.getAttribute('href') ?? '';
      // A renamed heading must not break /429/#… links: the id is never made from the title.
      assert.ok(permanent.has(hash.slice(1)), `${entry.code} ${hash} is not one of SECTIONS`);
      const headings = doc.querySelectorAll(`h2[id="${hash.slice(1)}"]`);
      assert.equal(headings.length, 1, `${entry.code} ${hash}`);
      assert.equal(accessibleName(link), `Link to the section “${text(headings[0])}”`);
    }
  }
});

test('every member of a comparison links back to all its comparisons, and only those', () => {
  for (const entry of entries) {
    const expected = [...comparisons].filter(([, c]) => c.codes.some((m) => m.code === entry.code)).map(([slug]) => `/compare/${slug}/`);
    const links = attrs(page(entry.code), 'main a[href^="/compare/"]', 'href');
    assert.deepEqual(links.sort(), expected.sort(), String(entry.code));
  }
});

test('every code page tells Pagefind the ranking weights: name, earlier names, headers, summary', () => {
  for (const entry of entries) {
    const doc = page(entry.code);
    const weightOf = (el: Element | null | undefined): string | null | undefined => el?.getAttribute('data-pagefind-weight');
    assert.equal(weightOf(doc.querySelector('h1')), String(PAGEFIND_WEIGHTS.title), `${entry.code} h1`);
    const summary = [...doc.querySelectorAll('article [data-pagefind-weight]')].find((el) => text(el) === entry.summary);
    assert.equal(weightOf(summary), String(PAGEFIND_WEIGHTS.summary), `${entry.code} summary`);
    const weights = attrs(doc, 'article [data-pagefind-weight]', 'data-pagefind-weight');
    if (entry.headers.length > 0) assert.ok(weights.includes(String(PAGEFIND_WEIGHTS.headers)), `${entry.code} headers`);
    if (entry.earlierNames.length > 0) assert.ok(weights.includes(String(PAGEFIND_WEIGHTS.names)), `${entry.code} earlier names`);
  }
});

test('every code page says what caches, CDNs and crawlers do with it and links its row on /caching/', () => {
  const problems: string[] = [];
  for (const entry of entries) {
    const section = page(entry.code).querySelector('section[aria-labelledby="caches-and-crawlers"]');
    const row = section?.querySelector(`a[href="/caching/#${entry.code}"]`);
    if (!row) problems.push(`${entry.code}: no link to its row on /caching/`);
    else if (text(section?.querySelector('p')).length < 40) problems.push(`${entry.code}: "${text(section?.querySelector('p'))}"`);
    if (!builtPage('/caching/').document.getElementById(String(entry.code))) problems.push(`/caching/ has no row ${entry.code}`);
  }
  assert.deepEqual(problems, []);
});

test('every rule of an API guideline that names a code is cited on that code’s page, under its guideline', () => {
  const guidelines = guidelinesFileSchema.parse(load(readFileSync(repoPath('content', 'guidelines', 'guidelines.yaml'), 'utf8')));
  const problems: string[] = [];
  for (const g of guidelines.guidelines) {
    for (const rule of g.rules) {
      for (const code of rule.codes.filter((c) => entries.some((e) => e.code === c))) {
        const section = page(code).querySelector('section[aria-labelledby="in-api-guidelines"]');
        const line = [...(section?.querySelectorAll('li') ?? [])].find((li) => li.querySelector(`a[href="/guidelines/#${g.id}"]`));
        if (!line?.querySelector(`a[href="${rule.url}"]`)) problems.push(`${code}: ${g.short} ${rule.rule}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});
