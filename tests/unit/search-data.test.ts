/**
 * What goes into the search data (src/lib/search/data.ts), built from the real content files as
 * the routes build it from the collections: every code found by its own words, the measured
 * method changes, its constants; the prose's words for correction; comparisons, guide ends and
 * messages with what they are found by.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { measurementsSchema, MEASUREMENTS_FILE } from '../../src/lib/clients/schema.ts';
import { codeSearchData, messageItem, proseWords } from '../../src/lib/search/data.ts';
import { buildIndex, extendIndex } from '../../src/lib/search/engine.ts';
import { FILLER } from '../../src/lib/search/text.ts';
import { repoPath } from '../../scripts/harness/repo.ts';
import { bodyOf, entries } from '../support/content.ts';
import { comparisons, ends } from '../support/guide-content.ts';
import { messages, sources } from '../support/message-content.ts';
import { cacheData } from '../support/cache-content.ts';
import { headers } from '../support/send-content.ts';

const clients = measurementsSchema.parse(JSON.parse(readFileSync(repoPath('content', 'clients', MEASUREMENTS_FILE), 'utf8')));
const data = codeSearchData({
  codes: entries.map((data) => ({ data, body: bodyOf(data.code) })),
  comparisons: [...comparisons].map(([slug, c]) => ({ slug, title: c.title, codes: c.codes.map((m) => m.code), data: c })),
  ends: [...ends].map(([id, end]) => ({ id, end })),
  headers,
  clients,
  caching: cacheData,
});
const codeItems = data.items.filter((i) => i.kind === 'code');

test('every entry is one code item at its permalink, in numeric order, with its phrase and summary', () => {
  assert.deepEqual(
    codeItems.map((i) => [i.url, i.title, i.summary]),
    entries.map((e) => [`/${e.code}/`, e.phrase, e.summary]),
  );
});

test("a code is found by its entry's search terms, earlier names and header fields", () => {
  for (const e of entries) {
    const item = codeItems.find((i) => i.code === e.code);
    for (const term of e.searchTerms) assert.ok(item?.terms?.includes(term), `${e.code}: "${term}"`);
    assert.deepEqual(
      item?.names,
      e.earlierNames.map((n) => n.name),
      `${e.code} earlier names`,
    );
    assert.deepEqual(item?.headers, e.headers, `${e.code} headers`);
  }
});

test('what curl and fetch measurably do to a POST is a search term of the redirects that do it', () => {
  const terms = (code: number): string[] => codeItems.find((i) => i.code === code)?.terms ?? [];
  for (const code of [301, 302, 303]) assert.ok(terms(code).includes('curl changes POST to GET'), `${code}`);
  for (const code of [307, 308]) assert.ok(!terms(code).some((t) => /changes POST to GET/.test(t)), `${code} keeps the method`);
});

test('library constants are search words, without the reason phrases Node uses as its constants', () => {
  const item = codeItems.find((i) => i.code === 404);
  assert.ok(item?.constants?.includes('http.StatusNotFound'));
  assert.ok(item?.constants?.includes('HttpStatus.NOT_FOUND'));
  assert.ok(!item?.constants?.includes('Not Found'));
});

test("the prose's words are each there once, sorted, of four letters or more, without digits or filler", () => {
  const list = (data.text ?? '').split(' ');
  assert.deepEqual(list, [...new Set(list)].sort());
  for (const w of list) assert.ok(w.length >= 4 && !/\d/.test(w) && !FILLER.has(w), w);
  assert.ok(list.includes('idempotent'), 'a word of the prose');
  assert.equal(proseWords(['The cache stores it. Then THE cache, again; a 404 x2.']), 'again cache stores');
});

test('comparisons and guide ends are found by their codes, the names of those codes and their questions', () => {
  const compare = data.items.filter((i) => i.kind === 'compare');
  assert.equal(compare.length, comparisons.size);
  const redirects = compare.find((i) => i.url === '/compare/redirects/');
  assert.ok(redirects?.names?.includes('Permanent Redirect'));
  const guide = data.items.filter((i) => i.kind === 'guide');
  assert.equal(guide.length, ends.size);
  for (const item of guide) {
    const end = ends.get(item.url.split('/')[2] ?? '');
    assert.ok(end && item.title.startsWith(end.question), item.url);
    for (const code of end.codes)
      assert.ok(item.title.includes(`${code} ${entries.find((e) => e.code === code)?.phrase}`), `${item.url} names ${code}`);
  }
});

test('a message is found by its literal text, its kinds of value, its key and its source, under the code the client gets', () => {
  for (const { source, message } of messages) {
    const item = messageItem(source, sources.get(source)?.name ?? '', message);
    assert.equal(item.url, `/messages/${source}/#${message.id}`);
    assert.ok(!/\{\{|\}\}/.test(item.text ?? ''), `${item.url}: no placeholder left in the text`);
    const code = message.status ?? message.logged;
    assert.deepEqual(item.codes, code === undefined ? undefined : [code], item.url);
    const kinds = [...message.text.matchAll(/\{\{([a-z]+)\}\}/g)].map((m) => m[1]);
    assert.deepEqual(item.slots ?? [], [...new Set(kinds)], item.url);
    if (message.key) assert.equal(item.key, message.key);
  }
});

test('the index extended with the messages is the index built from everything at once', () => {
  const messageItems = messages.map(({ source, message }) => messageItem(source, sources.get(source)?.name ?? '', message));
  const whole = buildIndex({ ...data, items: [...data.items, ...messageItems] });
  const extended = extendIndex(buildIndex(data), messageItems);
  assert.deepEqual(extended, whole);
  assert.ok(extended.text.size < buildIndex(data).text.size, "words the messages use leave the prose's own list");
});

test('every header field with a page is an item at /headers/<slug>/, found by its name as words and the codes it goes with', () => {
  const headerItems = data.items.filter((i) => i.kind === 'header');
  const retry = headerItems.find((i) => i.url === '/headers/retry-after/');
  assert.ok(retry, 'Retry-After has an item');
  assert.ok(retry.terms?.includes('Retry After header'));
  assert.ok(retry.codes?.includes(429) && retry.codes.includes(503));
  assert.equal(new Set(headerItems.map((i) => i.url)).size, headerItems.length, 'one item per field');
});
