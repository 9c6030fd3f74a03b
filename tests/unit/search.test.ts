/** Query reading, correction and ranking, over the real search data the build writes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  buildIndex,
  codesStartingWith,
  highlightParts,
  missingCode,
  nearestTitles,
  rank,
  readQuery,
  type SearchData,
} from '../../src/lib/search/engine.ts';
import { editDistance, stem, terms } from '../../src/lib/search/text.ts';

/** A small, hand-made data set: the tests say what each rule does, independent of the content. */
const DATA: SearchData = {
  items: [
    {
      url: '/401/',
      kind: 'code',
      code: 401,
      classId: '4xx',
      title: 'Unauthorized',
      summary: 'The request has no valid credentials.',
      terms: ['not logged in', 'login required'],
      headers: ['WWW-Authenticate'],
    },
    {
      url: '/403/',
      kind: 'code',
      code: 403,
      classId: '4xx',
      title: 'Forbidden',
      summary: 'The server refuses the request.',
      terms: ['permission denied', 'access denied'],
    },
    { url: '/404/', kind: 'code', code: 404, classId: '4xx', title: 'Not Found', summary: 'There is nothing at this URL.' },
    {
      url: '/429/',
      kind: 'code',
      code: 429,
      classId: '4xx',
      title: 'Too Many Requests',
      summary: 'The client is rate limited.',
      terms: ['rate limit', 'throttling'],
      headers: ['Retry-After'],
    },
    { url: '/500/', kind: 'code', code: 500, classId: '5xx', title: 'Internal Server Error', summary: 'The server failed unexpectedly.' },
    {
      url: '/503/',
      kind: 'code',
      code: 503,
      classId: '5xx',
      title: 'Service Unavailable',
      summary: 'The server cannot answer for now.',
      terms: ['maintenance', 'overloaded'],
      headers: ['Retry-After'],
    },
    {
      url: '/499/',
      kind: 'code',
      code: 499,
      classId: '4xx',
      unofficial: true,
      title: 'Client Closed Request',
      summary: 'nginx logs it when the client leaves.',
      origins: ['nginx'],
    },
    {
      url: '/compare/refused/',
      kind: 'compare',
      codes: [401, 403],
      title: '401 vs 403: who is refused',
      summary: 'Missing credentials or missing permission.',
    },
  ],
  text: 'responding upstream preflight',
};
const index = buildIndex(DATA);
const top = (q: string, n = 1) =>
  rank(index, readQuery(q, index))
    .slice(0, n)
    .map((r) => r.item.code ?? r.item.url);

test('stem: the forms people type meet the forms entries use', () => {
  assert.equal(stem('throttled'), stem('throttling'));
  assert.equal(stem('limits'), stem('limited'));
  assert.equal(stem('unauthorised'), stem('unauthorized'));
  assert.equal(stem('logged'), stem('logs'));
  assert.equal(stem('status'), 'status');
  assert.equal(stem('404'), '404');
});

test('editDistance counts a wrong, missing, extra or swapped letter as one edit', () => {
  assert.equal(editDistance('forbidden', 'forbiden', 2), 1);
  assert.equal(editDistance('server', 'sever', 2), 1);
  assert.equal(editDistance('conflict', 'conflcit', 2), 1);
  assert.equal(editDistance('requests', 'reqests', 2), 1);
  assert.equal(editDistance('maintenance', 'maintenence', 2), 1);
  assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3, 'stops once past the limit');
});

test('terms drop the framing words of a question', () => {
  assert.deepEqual(terms('Which status code should I return when the user is not logged in?'), ['user', 'not', 'log']);
});

test('readQuery: numbers and classes are taken literally and never corrected', () => {
  const q = readQuery('cloudflare 522 in 5xx', index);
  assert.deepEqual(q.numbers, [522]);
  assert.equal(q.classId, '5xx');
  assert.deepEqual(readQuery('4O4', index).corrections, []);
});

test('readQuery: a misspelt word is corrected to the site word one edit away, two for long words', () => {
  assert.deepEqual(readQuery('forbiden', index).corrections, [{ from: 'forbiden', to: 'forbidden' }]);
  assert.deepEqual(readQuery('internal sever error', index).words, ['internal', 'server', 'error']);
  assert.deepEqual(readQuery('maintenence', index).words, ['maintenance']);
  assert.deepEqual(readQuery('overlaoded', index).words, ['overloaded'], 'two swapped letters');
});

test('readQuery: a word the pages use is never corrected, nor a word still being typed', () => {
  assert.deepEqual(readQuery('upstream responding', index).corrections, []);
  assert.deepEqual(readQuery('rate lim', index).corrections, []);
  assert.deepEqual(readQuery('forbiden', index, { exact: true }).words, ['forbiden']);
});

test('rank: filler words never suppress results', () => {
  assert.deepEqual(top('what code should I return when the user is not logged in'), [401]);
  assert.deepEqual(top('which status code for rate limiting'), [429]);
});

test('rank: no dead ends: the best partial match when no item has every word', () => {
  const ranked = rank(index, readQuery('payment maintenance window', index));
  assert.equal(ranked[0]?.item.code, 503);
  assert.equal(ranked[0]?.complete, false);
});

test('rank: the name outranks the words people use, which outrank the summary', () => {
  assert.deepEqual(top('forbidden'), [403]);
  assert.deepEqual(top('access denied'), [403]);
  assert.deepEqual(top('retry after', 2).sort(), [429, 503]);
});

test('rank: a named code comes first; two named codes bring their comparison first', () => {
  assert.deepEqual(top('nginx 499'), [499]);
  assert.deepEqual(top('401 vs 403', 3), ['/compare/refused/', 401, 403]);
  assert.deepEqual(top('401 or 403'), ['/compare/refused/']);
});

test('rank: a class narrows, and a class alone lists it in numeric order', () => {
  assert.ok(rank(index, readQuery('5xx server', index)).every((r) => r.item.classId === '5xx'));
  assert.deepEqual(
    rank(index, readQuery('5xx', index)).map((r) => r.item.code),
    [500, 503],
  );
});

test('full-text matches from Pagefind count, below the fields', () => {
  const q = readQuery('upstream responding', index);
  assert.deepEqual(rank(index, q), []);
  const withBody = rank(index, q, new Map([['/503/', { terms: new Set([0, 1]), rank: 0 }]]));
  assert.equal(withBody[0]?.item.code, 503);
});

test('numbers: prefixes list codes in order; a missing code names its class', () => {
  assert.deepEqual(
    codesStartingWith('40', index).map((i) => i.code),
    [401, 403, 404],
  );
  assert.deepEqual(missingCode(readQuery('299', index), index), { code: 299, classId: '2xx' });
  assert.deepEqual(missingCode(readQuery('600', index), index), { code: 600 });
  assert.equal(missingCode(readQuery('404', index), index), undefined);
});

test('nothing matches: the nearest names are offered', () => {
  assert.equal(nearestTitles(index, 'forbiddn acces')[0]?.code, 403);
});

test('highlightParts marks the words that start with a query word, as text', () => {
  const parts = highlightParts('Too Many Requests', readQuery('many request', index));
  assert.deepEqual(
    parts.filter((p) => p.match).map((p) => p.text),
    ['Many', 'Requests'],
  );
});

test('British spellings stem as the American ones do, before any typo correction is needed', () => {
  for (const [british, american] of [
    ['authorisation', 'authorization'],
    ['unauthorised', 'unauthorized'],
    ['organising', 'organizing'],
    ['behaviour', 'behavior'],
    ['centre', 'center'],
    ['catalogue', 'catalog'],
  ] as const) {
    assert.equal(stem(british), stem(american), `${british} / ${american}`);
  }
  // "unauthorised" is one edit from "unauthorized", so a ranking test would pass on the typo
  // correction alone; this one does not: a long word with two British endings.
  assert.deepEqual(terms('colour organisation'), terms('color organization'));
});

test('readQuery: a paste holding a placeholder-free message whole names it, unless another message holds that text too', () => {
  const message = (url: string, summary: string, code: number): SearchData['items'][number] => ({
    url,
    kind: 'message',
    title: url,
    summary,
    text: summary,
    codes: [code],
  });
  const withMessages = buildIndex({
    ...DATA,
    items: [
      ...DATA.items,
      message('/m/timeout', 'upstream context deadline exceeded while reading', 502),
      message('/m/shared', 'The request could not be satisfied now.', 502),
      message('/m/403', '403 ERROR The request could not be satisfied now. Bad Request.', 403),
    ],
  });
  const paste = (raw: string): string[] => readQuery(raw, withMessages).keyed;
  assert.deepEqual(paste('2026/12/07 23:26:00 upstream context deadline exceeded while reading body'), ['/m/timeout']);
  assert.deepEqual(paste('upstream context deadline exceeded while reading'), [], 'a question in words is not searched for whole texts');
  assert.deepEqual(paste('<h1>403 ERROR</h1> The request could not be satisfied now. Bad Request.'), [], 'a shared text names no message');
});

test("readQuery: an error page's heading, its reason phrase as written, states the status of the text after it", () => {
  const statuses = (raw: string): number[] => readQuery(raw, index).statuses;
  assert.deepEqual(statuses('Too Many Requests Slow down: you have sent 31 requests in the last minute'), [429]);
  assert.deepEqual(statuses('too many requests when i call the api from one server at night'), [], 'typed words state nothing');
  assert.deepEqual(statuses('Not Found'), [], 'a phrase alone is not a page');
});
