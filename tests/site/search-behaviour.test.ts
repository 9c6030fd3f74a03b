/**
 * How search reads what people paste and type, checked in node over the built search data with
 * the search box's own code (tests/support/search-node.ts): honest answers to input the site
 * knows nothing about, vendors' own error codes, invisible characters, and the status line's
 * wording. The page itself (focus, keyboard, slow links) is checked in tests/browser/search.spec.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classPath, guidePath, HOME } from '../../src/lib/site/paths.ts';
import { answerFor, describe, type Answer, type StatusPart } from '../../src/lib/search/answer.ts';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/engine.ts';
import { loadSearch, search, topUrls } from '../support/search-node.ts';

const { index } = await loadSearch();
const CLASS_IDS = ['1xx', '2xx', '3xx', '4xx', '5xx'];

function status(raw: string, answer: Answer, count: number, pending = false): StatusPart[] {
  return describe(raw, answer, index, { count, scope: '', pending, exact: false, classIds: CLASS_IDS });
}
const sentence = (parts: StatusPart[]): string => parts.map((p) => p.text).join('');
const links = (parts: StatusPart[]): string[] => parts.flatMap((p) => (p.kind === 'link' ? [p.href] : []));

const NOTHING_KNOWN = [
  '.*[(',
  '!!!',
  'a'.repeat(2000),
  "' OR 1=1; DROP TABLE users; --",
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  '%00%0d%0a',
  '{{7*7}}',
  '../../../../etc/passwd',
  // Families rather than single cases: SQL injection, template and log4j probes, emoji, markup,
  // a long run of each letter, and punctuation drawn at random (seeded, so a failure repeats).
  "' OR 1=1 --",
  "' or ''='",
  '" OR "1"="1',
  "1' AND SLEEP(5)#",
  '${jndi:ldap://x}',
  '<%= 7*7 %>',
  '😀😀',
  '🔥🚀✨',
  '<div><span></span></div>',
  '<svg/onload=confirm(1)>',
  ...'abcdefghijklmnopqrstuvwxyz'.split('').map((letter) => letter.repeat(9)),
  ...randomPunctuation(12),
];

/** Strings of 3 to 10 punctuation marks, the same every run. */
function randomPunctuation(count: number): string[] {
  const marks = `!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~`;
  let seed = 20261207;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 + Math.floor(next() * 8) }, () => marks[Math.floor(next() * marks.length)]).join(''),
  );
}

test('input that looks odd but asks something still answers: a class, a number being typed, a status line, a vendor prefix', async () => {
  assert.equal((await search('5xx')).settled[0]?.item.url, '/500/');
  assert.deepEqual(topUrls(await search('40'), 3), ['/400/', '/401/', '/402/']);
  assert.equal((await search('HTTP/1.1 404')).settled[0]?.item.url, '/404/');
  assert.ok((await search('ERR_')).settled.length > 0, 'ERR_ answers');
  // Once the messages' data is in, a key being typed lists the keys it starts: Chromium's
  // net::ERR_… and Squid's ERR_… pages alike.
  const hits = answerFor('ERR_', index).hits;
  const isKey = (h: (typeof hits)[number]): boolean => h.item.key?.replace(/^net::/, '').startsWith('ERR_') ?? false;
  const end = hits.findIndex((h) => !isKey(h));
  const keys = end < 0 ? hits : hits.slice(0, end);
  assert.ok(keys.length >= 12 && hits.slice(keys.length).every((h) => !isKey(h)), 'the keys come first, all of them');
  for (const source of ['chromium', 'squid'])
    assert.ok(
      keys.some((h) => h.item.url.startsWith(`/messages/${source}/`)),
      source,
    );
});

for (const raw of NOTHING_KNOWN) {
  test(`input with no word the site knows gets a plain "no code matches": ${JSON.stringify(raw.slice(0, 40))}`, async () => {
    const { settled, full } = await search(raw);
    assert.deepEqual(
      settled.map((h) => h.item.url),
      [],
    );
    const parts = status(raw, full, 0);
    assert.match(sentence(parts), /^No code matches “/);
    assert.ok(links(parts).includes(guidePath()) && links(parts).includes(HOME), 'the guide and the cheatsheet are offered');
    assert.ok(!links(parts).some((href) => /^\/\d{3}\/$/.test(href)), `no arbitrary code is suggested: ${links(parts).join(' ')}`);
  });
}

test('text in a script the site does not cover says the reference is in English, and suggests no codes', async () => {
  for (const raw of ['الصفحة غير موجودة', '页面未找到', 'страница не найдена', 'ページが見つかりません']) {
    const { settled, full } = await search(raw);
    assert.deepEqual(settled, [], raw);
    const parts = status(raw, full, 0);
    assert.match(sentence(parts), /written in English/, raw);
    assert.ok(!links(parts).some((href) => /^\/\d{3}\/$/.test(href)), raw);
  }
});

test('a query with English words and another script still searches the English words', async () => {
  assert.equal(topUrls(await search('404 not found 页面未找到'), 1)[0], '/404/');
});

test('zero-width characters and direction controls are ignored', async () => {
  assert.equal(topUrls(await search('4\u200b0\u200b4 not found'), 1)[0], '/404/');
  assert.equal(topUrls(await search('\u202etoo many requests'), 1)[0], '/429/');
  assert.equal(topUrls(await search('\ufeffforbidden\u2060'), 1)[0], '/403/');
});

test('a query longer than the field allows is cut, and still answered', async () => {
  const long = `upstream timed out ${'x '.repeat(3000)}`;
  const { first } = await search(long);
  assert.ok(first.query && first.query.text.length <= MAX_QUERY_LENGTH);
  assert.ok(first.hits.length > 0);
});

test("a vendor's own code finds its message first; a three-digit number still finds its code page first", async () => {
  const cases: [string, RegExp][] = [
    ['1020', /^\/messages\/cloudflare\/#/],
    ['Error 1020', /^\/messages\/cloudflare\/#/],
    ['H12', /^\/messages\/heroku\/#h12/],
    ['h12', /^\/messages\/heroku\/#h12/],
    ['500.19', /^\/messages\/iis\/#500-19/],
    ['HTTP Error 500.19', /^\/messages\/iis\/#500-19/],
    ['AH01102', /^\/messages\/apache\/#/],
    ['ERR_TOO_MANY_REDIRECTS', /^\/messages\/chromium\/#/],
    ['net::ERR_TOO_MANY_REDIRECTS', /^\/messages\/chromium\/#/],
  ];
  for (const [raw, wanted] of cases) assert.match(topUrls(await search(raw), 1)[0] ?? '', wanted, raw);
  for (const raw of ['502', '404', '530', '499']) assert.equal(topUrls(await search(raw), 1)[0], `/${raw}/`, raw);
});

test('every code is found first by its number', async () => {
  const codes = index.items.flatMap((i) => (i.item.kind === 'code' && i.item.code !== undefined ? [i.item.code] : []));
  assert.ok(codes.length >= 90);
  for (const code of codes) assert.equal(topUrls(await search(String(code)), 1)[0], `/${code}/`);
});

test('a plain word that is also a constant or a vendor key is still searched as a word', async () => {
  // .NET names 302 "Redirect"; API Gateway's throttling message has a key; both are everyday words.
  const redirect = await search('redirect');
  assert.ok(redirect.settled.length >= 5);
  for (const hit of redirect.settled.slice(0, 5)) {
    const codes = hit.item.code !== undefined ? [hit.item.code] : (hit.item.codes ?? []);
    assert.ok(codes.length > 0 && codes.every((c) => c >= 300 && c < 400), hit.item.url);
  }
  assert.ok(topUrls(await search('throttled')).includes('/429/'));
  assert.ok(topUrls(await search('conflict')).includes('/409/'));
});

test('a message pasted whole, placeholders filled, finds that message whatever fills them', async () => {
  for (const raw of ['Cannot PATCH /v3/widgets/77', '<pre>Cannot GET /favicon.png</pre>', 'Cannot DELETE /api/sessions/current']) {
    assert.equal(topUrls(await search(raw), 1)[0], '/messages/express/#cannot-get-path', raw);
  }
});

test('a long question in plain words is a question, not a paste: messages do not crowd out the code pages', async () => {
  const { settled, first } = await search('why does my api return too many requests when i call it from one server');
  assert.equal(first.query?.pasted, false);
  assert.ok(settled.slice(0, 3).filter((h) => h.item.kind === 'message').length <= 1);
  assert.ok(topUrls({ first, full: first, settled }).includes('/429/'));
});

test('a number followed by its own reason phrase states the status in a paste', async () => {
  const { first } = await search(
    'GET https://api.example.com/v1/orders net::ERR_FAILED 403 (Forbidden) while loading the page from origin',
  );
  assert.deepEqual(first.query?.statuses, [403]);
});

test('while results are still coming the status line says so, never "no code matches"', async () => {
  const { first } = await search('quota');
  const parts = status('quota', { ...first, hits: [] }, 0, true);
  assert.match(sentence(parts), /^Searching for “quota”…$/);
});

test('the echoed query is its own part, so the page can isolate it (bdi) from the sentence around it', async () => {
  const raw = '\u202eforbidden';
  const parts = status(raw, (await search(raw)).full, 3);
  assert.deepEqual(
    parts.filter((p) => p.kind === 'query').map((p) => p.text),
    [raw],
  );
});

test('the class links in "no code matches" are the class pages', async () => {
  const parts = status('!!!', (await search('!!!')).full, 0);
  for (const id of CLASS_IDS) assert.ok(links(parts).includes(classPath(id)), id);
});

test('a short negation reads the same with its apostrophe, without it, or written out: never a misspelt word', async () => {
  for (const [forms, wanted] of [
    [["the page can't be found", 'the page cant be found', 'the page cannot be found'], '/404/'],
    [["i don't have permission", 'i dont have permission', 'i do not have permission'], '/403/'],
  ] as const) {
    const answers = await Promise.all(forms.map((raw) => search(raw)));
    for (const [i, answer] of answers.entries()) {
      assert.deepEqual(answer.full.query?.corrections, [], `${forms[i]}: nothing corrected`);
      assert.deepEqual(answer.full.query?.words, answers[0]?.full.query?.words, `${forms[i]}: the same words`);
      assert.ok(topUrls(answer, 3).includes(wanted), `${forms[i]}: ${topUrls(answer, 3).join(' ')}`);
    }
  }
});
