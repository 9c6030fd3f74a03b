/**
 * The decision guide and the comparisons as built, driven by content/guide and content/compare
 * (tests/support/guide-content.ts): every page reached from the start with its heading, title,
 * description, canonical URL, answers and trail; every recommendation with its links; every
 * comparison table with the entries' own facts. A new step, end or comparison is checked the
 * moment its file exists. Clicking through the guide with JavaScript off is in
 * tests/browser/guide.spec.ts.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { inlineParts } from '../../src/lib/site/inline-text.ts';
import { siteOrigin } from '../../src/lib/site/origin.ts';
import { attrs, builtPage, fileOf, linksNamed, text, texts } from '../support/built-page.ts';
import { entries, entry } from '../support/content.ts';
import { comparisons, fact, FACTS, guideEnds, guidePages, guideUrl, steps } from '../support/guide-content.ts';

const SITE = siteOrigin();
const siteCodes = new Set(entries.map((e) => e.code));

test('the walk from the start reaches every step file', () => {
  assert.deepEqual(
    guidePages
      .filter((p) => p.step)
      .map((p) => p.id)
      .sort(),
    [...steps.keys()].sort(),
  );
});

describe('every page of the guide', () => {
  for (const page of guidePages) {
    test(`${page.url} has its heading, title, description, canonical URL, answers and trail`, () => {
      const doc = builtPage(page.url).document;
      const data = page.step ?? page.end!;
      assert.equal(doc.querySelector('meta[name="description"]')?.getAttribute('content'), data.description);
      assert.equal(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), `${SITE}${page.url}`);
      assert.ok(text(doc.querySelector('h1')).includes(data.question), 'the question is the heading');
      assert.ok(doc.title.length <= 70, `title of ${doc.title.length} characters: ${doc.title}`);
      if (page.step) {
        assert.ok(doc.title.includes(page.id === 'start' ? 'Which HTTP status code should I return?' : page.step.question), doc.title);
        const links = [...(doc.querySelector('main ul')?.querySelectorAll('a[href]') ?? [])];
        assert.equal(links.length, page.step.answers.length, 'one link per answer');
        for (const [i, answer] of page.step.answers.entries()) {
          assert.ok(text(links[i]).includes(answer.label), answer.label);
          assert.equal(links[i]?.getAttribute('href'), guideUrl(answer.next ?? answer.end!.id));
        }
        // Questions are for finding one's way; only recommendations go into the search index.
        assert.equal(doc.querySelectorAll('[data-pagefind-body]').length, 0);
      } else {
        assert.ok(doc.title.includes(page.end!.question), doc.title);
        assert.deepEqual(attrs(doc, '[data-pagefind-body]', 'data-pagefind-meta'), ['kind:Guide']);
      }
      const trail = doc.querySelectorAll('nav[aria-label="Your answers so far"]');
      if (page.trail.length === 0) assert.equal(trail.length, 0, 'no trail on the start page');
      else {
        assert.equal(trail.length, 1);
        const items = [...trail[0]!.querySelectorAll('li')];
        assert.equal(items.length, page.trail.length, 'one trail item per answer so far');
        for (const [i, t] of page.trail.entries()) {
          const link = items[i]?.querySelector('a');
          assert.equal(text(link), t.question);
          assert.equal(link?.getAttribute('href'), t.url);
          assert.ok(text(items[i]).includes(t.answer), t.answer);
        }
      }
    });
  }
});

describe('every recommendation of the guide', () => {
  for (const page of guideEnds) {
    const end = page.end!;
    test(`${page.url} links to ${end.codes.join(' and ')}, their spec, the comparison, and names the headers`, () => {
      const article = builtPage(page.url).document.querySelector('article')!;
      for (const code of end.codes) {
        const codeEntry = entry(code);
        assert.notEqual(codeEntry.status, 'unofficial', `${code} is unofficial`);
        const links = linksNamed(article, `${code} ${codeEntry.phrase}`);
        assert.ok(links.length > 0, `a link named ${code} ${codeEntry.phrase}`);
        for (const a of links) assert.equal(a.getAttribute('href'), `/${code}/`);
        assert.ok(existsSync(fileOf(`/${code}/`)), `/${code}/ is built`);
        if (codeEntry.spec) assert.ok(article.querySelector(`a[href="${codeEntry.spec.url}"]`), `${code}: a link to ${codeEntry.spec.url}`);
      }
      if (end.rule) assert.ok(text(article).includes(end.rule.replaceAll('`', '')), 'the rule');
      // Every other code the advice names is a link to its page (a 416 beside a 206).
      const mentioned = [end.why, end.rule ?? '', ...end.headers.map((h) => h.note)].flatMap((t) => inlineParts(t, siteCodes));
      for (const part of mentioned)
        if (part.kind === 'status') assert.ok(article.querySelector(`a[href="/${part.code}/"]`), `a link to /${part.code}/`);
      assert.ok(text(article).includes(end.why.replaceAll('`', '')), 'the why');
      // Exact names: Accept must not be found in Accept-Encoding beside it.
      const terms = texts(article, 'dt');
      for (const header of end.headers) assert.ok(terms.includes(header.name), header.name);
      if (end.compare) {
        assert.deepEqual(
          linksNamed(article, comparisons.get(end.compare)!.title).map((a) => a.getAttribute('href')),
          [`/compare/${end.compare}/`],
        );
      }
    });
  }
});

describe('every comparison', () => {
  for (const [slug, comparison] of comparisons) {
    test(`/compare/${slug}/ shows one row per code with the entries' own facts`, () => {
      const doc = builtPage(`/compare/${slug}/`).document;
      assert.equal(text(doc.querySelector('h1')), comparison.title);
      assert.equal(doc.querySelector('meta[name="description"]')?.getAttribute('content'), comparison.description);
      assert.deepEqual(attrs(doc, '[data-pagefind-body]', 'data-pagefind-meta'), ['kind:Comparison']);
      const members = comparison.codes.map((m) => entry(m.code));
      // The comparison's own table; a family may have a figure of its own too (the redirects' grid).
      const tables = [...doc.querySelectorAll('main table')].filter((t) => !t.closest('.fact-grid'));
      assert.equal(tables.length, 1, 'one comparison table');
      const table = tables[0]!;
      const rows = [...table.querySelectorAll('tbody tr')];
      assert.deepEqual(
        rows.map((tr) => Number(tr.getAttribute('data-code'))),
        members.map((e) => e.code),
      );

      const columns = attrs(table, 'thead th[data-fact]', 'data-fact');
      const shared = attrs(doc, '[data-shared-facts] [data-fact]', 'data-fact');
      const applying = Object.keys(FACTS).filter((key) => members.some((e) => fact(key, e) !== undefined));
      assert.deepEqual([...columns, ...shared].sort(), applying.sort(), 'every fact that applies is shown once');
      for (const key of shared) {
        const values = new Set(members.map((e) => fact(key, e)));
        assert.equal(values.size, 1, `${key} is the same for all`);
        assert.equal(text(doc.querySelector(`[data-shared-facts] [data-fact="${key}"] dd`)), [...values][0]);
      }
      for (const [i, entry] of members.entries()) {
        const row = rows[i]!;
        assert.equal(row.querySelector('a')?.getAttribute('href'), `/${entry.code}/`);
        if (entry.status === 'unofficial') assert.ok(text(row.querySelector('th')).includes('Unofficial'), `${entry.code} is labelled`);
        for (const key of columns)
          assert.equal(text(row.querySelector(`td[data-fact="${key}"]`)), fact(key, entry) ?? '—', `${entry.code} ${key}`);
      }
      const main = text(doc.querySelector('main'));
      for (const m of comparison.codes) assert.ok(main.includes(m.pick.replaceAll('`', '')), `${m.code}: ${m.pick}`);
      // The table always says something beside the code: the facts that differ, or each code's summary.
      assert.ok(table.querySelectorAll('thead th').length > 1, 'a column beside Code');
      // "Ask the guide" lists every recommendation of a member code, whichever comparison it points to.
      const memberCodes = new Set(comparison.codes.map((m) => m.code));
      const asked = attrs(doc, 'section[aria-labelledby="ask-the-guide"] a[href^="/guide/"]', 'href');
      for (const e of guideEnds.filter((p) => p.end!.compare === slug || p.end!.codes.some((c) => memberCodes.has(c))))
        assert.ok(asked.includes(e.url), `Ask the guide lists ${e.url}`);
    });
  }
});
