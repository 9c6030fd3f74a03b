/**
 * The full-text directory (src/lib/search/directory/, written by the build beside Pagefind's
 * index) against the index itself, in node over dist/: the search box ranks Pagefind's answer by
 * it without fetching a fragment per page, and fetches a query's index chunks by it while
 * Pagefind is still loading. A wrong page would rank the wrong result; a wrong chunk would cost a
 * slow link a download for nothing and leave the right one for later.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BUDGETS, kib } from '../../scripts/harness/budgets.ts';
import { FILES } from '../../src/lib/site/paths.ts';
import { chunksFor, pagefindWords } from '../../src/lib/search/directory/chunks.ts';
import { pagePath, type PagefindEntry } from '../../src/lib/search/directory/types.ts';
import { answerFor } from '../../src/lib/search/answer.ts';
import { pagefindMatches } from '../../src/lib/search/fulltext.ts';
import { HARD_QUERIES } from '../support/queries/hard.ts';
import { PASTED_MESSAGES } from '../support/queries/pasted-messages.ts';
import { QUERIES } from '../support/queries/relevance.ts';
import { DIST, loadSearch, pagefindRequests } from '../support/search-node.ts';
import { builtPage } from '../support/built-page.ts';
import { UNSEEN_QUERIES } from '../support/queries/unseen-everyday.ts';
import { UNSEEN_QUERIES_2 } from '../support/queries/unseen-technical.ts';

/** Every second query of the relevance sets: some 270 queries, over 1,000 words. */
const SAMPLE = [...QUERIES, ...HARD_QUERIES, ...UNSEEN_QUERIES, ...UNSEEN_QUERIES_2, ...PASTED_MESSAGES].flatMap(([q], i) =>
  i % 2 ? [] : [q],
);

test('every page Pagefind answers with is in the directory, under the page its own fragment names', async () => {
  const { pagefind, directory } = await loadSearch();
  const checked = new Set<string>();
  for (const query of ['gateway timeout', 'retry after', 'redirect', 'cache', 'cookie', 'upload too large', 'nginx']) {
    for (const result of (await pagefind.search(query, {})).results) {
      if (checked.has(result.id)) continue;
      checked.add(result.id);
      const page = pagePath((await result.data()).url);
      assert.equal(directory.pages[result.id], page, `${FILES.fullTextDirectory}: ${result.id}`);
    }
  }
  assert.ok(checked.size >= 50, `${checked.size} pages checked`);
});

test('the full-text matches name pages the search box knows, so they count in the ranking', async () => {
  const { pagefind, directory, index } = await loadSearch();
  for (const raw of ['gateway timeout', 'idempotency key', 'proxy_read_timeout']) {
    const query = answerFor(raw, index).query;
    assert.ok(query, raw);
    const found = await pagefindMatches(pagefind, directory, query, undefined);
    const urls = [...(found?.body.keys() ?? [])];
    assert.ok(urls.length > 0, `${raw}: Pagefind found pages`);
    assert.deepEqual(
      urls.filter((u) => !index.byUrl.has(u)),
      [],
      `${raw}: every page is a search result`,
    );
  }
});

/**
 * Pagefind stems with Snowball's English stemmer, which the directory only approximates: a word
 * whose Snowball stem falls in another chunk ("identity" → "ident") has that chunk fetched by
 * Pagefind a round trip later. Allowed for this share of queries, never a chunk for nothing.
 */
const MAY_MISS = 0.01;

test(`the chunks the directory predicts for a query are those Pagefind fetches for it, never one more, and all for ${100 - MAY_MISS * 100}% of queries: half the relevance sets, and the first and last word of every chunk`, async () => {
  const { index, directory } = await loadSearch();
  const cases = [
    ...SAMPLE.map((raw) => ({ label: raw, words: answerFor(raw, index).query?.words ?? [] })),
    ...directory.chunks.flatMap((c) => [c.from, c.to].map((w) => ({ label: `${w} (an edge of ${c.hash})`, words: [w] }))),
  ].filter((c) => c.words.length > 0);
  let fresh = await pagefindRequests();
  // Pagefind fetches each chunk once: what it fetches is what the query needs and it has not got.
  // A fresh Pagefind, once half the chunks are in, keeps the queries telling.
  let loaded = new Set<string>();
  const reached = new Set<string>();
  const extra: string[] = [];
  const missed: string[] = [];
  for (const { label, words } of cases) {
    if (loaded.size >= directory.chunks.length / 2) {
      fresh = await pagefindRequests();
      loaded = new Set();
    }
    fresh.since();
    await fresh.pagefind.search(words.join(' '), {});
    const fetched = fresh
      .since()
      .filter((p) => p.startsWith('index/'))
      .map((p) => p.replace(/^index\/(.*)\.pf_index$/, '$1'));
    const predicted = chunksFor(pagefindWords(words), directory.chunks).filter((c) => !loaded.has(c));
    const more = predicted.filter((c) => !fetched.includes(c));
    const less = fetched.filter((c) => !predicted.includes(c));
    if (more.length > 0) extra.push(`${label}: ${more.join()} not needed`);
    if (less.length > 0) missed.push(`${label}: ${less.join()} not foreseen`);
    for (const c of fetched) {
      loaded.add(c);
      reached.add(c);
    }
  }
  console.log(`${cases.length} queries; chunks not foreseen for ${missed.length}:\n  ${missed.join('\n  ')}`);
  assert.deepEqual(extra, []);
  assert.ok(missed.length <= MAY_MISS * cases.length, `${missed.length} of ${cases.length}`);
  // A chunk of symbols alone ("§2" to "”") sorts after every word, and no query Pagefind accepts reaches it.
  const searchable = directory.chunks.filter((c) => [c.from, c.to].some((w) => /^[\p{L}\p{N}]/u.test(w)));
  assert.equal(
    searchable.filter((c) => reached.has(c.hash)).length,
    searchable.length,
    'every chunk with words was fetched by some query, so every range was checked',
  );
});

test(`every chunk of Pagefind's index is within ${kib(BUDGETS.indexChunk)} as sent, so a query's words cost little after the keystroke`, () => {
  const folder = join(DIST, 'pagefind', 'index');
  const chunks = readdirSync(folder).filter((f) => f.endsWith('.pf_index'));
  const over = chunks.flatMap((f) => {
    const sent = statSync(join(folder, `${f}.br`)).size;
    return sent > BUDGETS.indexChunk ? [`${f}: ${sent} B`] : [];
  });
  assert.deepEqual(over, []);
  assert.ok(chunks.length > 6, `${chunks.length} chunks`);
});

test("the WebAssembly the search box asks for early, named after the page's language, is the one Pagefind's entry file names", () => {
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  for (const path of ['/', '/404/', '/guide/', '/messages/nginx/']) {
    const lang = builtPage(path).document.documentElement.getAttribute('lang')?.toLowerCase() ?? '';
    assert.equal(entry.languages[lang]?.wasm, lang, `${path}: <html lang="${lang}">`);
  }
});

test('excerpts are the page’s prose: a section’s “Link to the section” text is not indexed', async () => {
  const { pagefind } = await loadSearch();
  // Every section heading has that link, so any word of a heading ("headers", "example") would find it.
  const found = await pagefind.search('section', {});
  const texts = await Promise.all(
    found.results.slice(0, 20).map(async (r) => ((await r.data()) as unknown as { content: string }).content),
  );
  assert.ok(texts.length > 0, 'the index answers at all');
  assert.deepEqual(
    texts.filter((t) => t.includes('Link to the section')).map((t) => t.slice(0, 40)),
    [],
  );
});
