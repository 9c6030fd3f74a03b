/**
 * The full-text directory (src/lib/pagefind-directory.ts, written by the build beside Pagefind's
 * index) against the index itself, in node over dist/: the search box ranks Pagefind's answer by
 * it without fetching a fragment per page, and fetches a query's index chunks by it while
 * Pagefind is still loading. A wrong page would rank the wrong result; a wrong chunk would cost a
 * slow link a download for nothing and leave the right one for later.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FILES } from '../../src/lib/paths.ts';
import { chunksFor, pagefindWords } from '../../src/lib/pagefind-directory.ts';
import { answerFor } from '../../src/lib/search-answer.ts';
import { pagefindMatches } from '../../src/lib/search-fulltext.ts';
import { HARD_QUERIES } from '../support/hard-queries.ts';
import { PASTED_MESSAGES } from '../support/pasted-messages.ts';
import { QUERIES } from '../support/relevance-queries.ts';
import { loadSearch, pagefindRequests } from '../support/search-node.ts';
import { UNSEEN_QUERIES } from '../support/unseen-queries.ts';
import { UNSEEN_QUERIES_2 } from '../support/unseen-queries-2.ts';

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
      const page = new URL((await result.data()).url, 'http://x').pathname;
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

test('the chunks the directory predicts for a query are exactly those Pagefind fetches for it, over half the relevance sets', async () => {
  const { index, directory } = await loadSearch();
  let fresh = await pagefindRequests();
  // Pagefind fetches each chunk once: what it fetches is what the query needs and it has not got.
  // A fresh Pagefind, once most chunks are in, keeps every query telling.
  let loaded = new Set<string>();
  const reached = new Set<string>();
  const wrong: string[] = [];
  for (const raw of SAMPLE) {
    const words = answerFor(raw, index).query?.words ?? [];
    if (words.length === 0) continue;
    if (loaded.size >= directory.chunks.length - 1) {
      fresh = await pagefindRequests();
      loaded = new Set();
    }
    fresh.since();
    await fresh.pagefind.search(words.join(' '), {});
    const fetched = fresh
      .since()
      .filter((p) => p.startsWith('index/'))
      .map((p) => p.replace(/^index\/(.*)\.pf_index$/, '$1'))
      .sort();
    const predicted = chunksFor(pagefindWords(words), directory.chunks).filter((c) => !loaded.has(c));
    if (fetched.join() !== predicted.join()) wrong.push(`${raw}: fetched ${fetched.join()}; predicted ${predicted.join()}`);
    for (const c of fetched) {
      loaded.add(c);
      reached.add(c);
    }
  }
  assert.deepEqual(wrong, []);
  assert.equal(reached.size, directory.chunks.length, 'the queries reach every chunk, so every range was checked');
});
