/**
 * The pure parts of the search box (src/lib/search/answer.ts, src/lib/search/paste.ts): how rows
 * settle when more results arrive, how Pagefind's excerpts are read, and how pastes are read. The
 * whole pipeline over the real built data is in tests/site/search-*.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { excerptParts, settle, type Hit } from '../../src/lib/search/answer.ts';
import {
  identifierForms,
  isIdWord,
  isNoise,
  mayNameMessage,
  printedByMachine,
  templatePattern,
  withoutInvisibles,
} from '../../src/lib/search/paste.ts';

const hit = (url: string, excerpt?: string): Hit => ({ item: { url, kind: 'code', title: url, summary: '' }, ...(excerpt && { excerpt }) });
const urls = (hits: Hit[]): string[] => hits.map((h) => h.item.url);

test('settle: rows already shown keep their places; new rows follow in the update order', () => {
  const shown = [hit('/a/'), hit('/b/'), hit('/c/')];
  const update = [hit('/d/'), hit('/c/', '…c…'), hit('/a/'), hit('/e/')];
  const rows = settle(shown, update);
  assert.deepEqual(urls(rows), ['/a/', '/b/', '/c/', '/d/', '/e/']);
  assert.equal(rows[2]?.excerpt, '…c…', 'a kept row takes the excerpt the update brings');
});

test('settle: a row the update no longer has stays (the visitor may be pointing at it); the limit cuts only new rows', () => {
  const shown = [hit('/a/'), hit('/b/')];
  assert.deepEqual(urls(settle(shown, [hit('/c/')], 2)), ['/a/', '/b/']);
  assert.deepEqual(urls(settle([], [hit('/c/'), hit('/d/'), hit('/e/')], 2)), ['/c/', '/d/']);
});

test("excerptParts reads Pagefind's marks as text, and never lets markup through", () => {
  // linkedom's document, as the browser's DOMParser gives it: inert, nothing runs or loads.
  const parser = { parseFromString: (html: string) => parseHTML(html).document };
  assert.deepEqual(excerptParts('a client sends too many <mark>requests</mark> in a &amp; b', parser), [
    { text: 'a client sends too many ', mark: false },
    { text: 'requests', mark: true },
    { text: ' in a & b', mark: false },
  ]);
  const parts = excerptParts('<img src=x onerror=alert(1)>&lt;script&gt;', parser);
  assert.deepEqual(parts, [{ text: '<script>', mark: false }]);
});

test('noise: what varies between two occurrences of a message is dropped, words are kept', () => {
  for (const t of [
    '2024-03-14T09:22:41.123Z',
    '10.0.3.17:8080',
    '/api/v2/orders',
    '../../etc/passwd',
    '%0d%0a',
    '2817#2817:',
    '*194003',
    '30001ms',
    'https://x.example/a',
  ]) {
    assert.ok(isNoise(t), t);
  }
  for (const t of ['upstream', 'timed', 'H12', '502', 'Forbidden']) assert.ok(!isNoise(t), t);
  assert.ok(isIdWord('0e1d2c3b4a596877') && isIdWord('210987654321') && !isIdWord('sha256') && !isIdWord('1020'));
});

test('identifiers meet in any casing and with any prefix', () => {
  const forms = (s: string): string => identifierForms(s).at(-1) ?? '';
  assert.equal(forms('http.StatusNotFound'), forms('HttpStatusCode.NotFound'));
  assert.equal(forms('HTTPStatus.NOT_FOUND'), forms(':not_found'));
  assert.equal(forms('Response::HTTP_NOT_FOUND'), forms('NotFound'));
});

test('a message template finds its message whatever fills the placeholders, and only where the kinds fit', () => {
  const template = templatePattern([
    { text: 'Cannot ', placeholder: false },
    { text: 'method', placeholder: true },
    { text: ' ', placeholder: false },
    { text: 'path', placeholder: true },
  ]);
  assert.ok(template);
  assert.ok(template.pattern.test('<pre>Cannot PATCH /v1/x?y=1</pre>'));
  assert.ok(!template.pattern.test('cannot delete the user record'), 'a question in words is not the message');
  assert.ok(!template.pattern.test('Message Cannot invoke "String.length()"'), 'a method and a path at the end are part of it');
  const alb = templatePattern(
    ['time', ' ', 'time', ' ', 'time', ' 400 - ', 'number', ' ', 'number'].map((text, i) => ({ text, placeholder: i % 2 === 0 })),
  );
  assert.ok(alb?.pattern.test('2026-12-07T23:30:07Z app/my-alb -1 -1 -1 400 - 0 272 "GET http://x/ HTTP/1.1"'));
  assert.ok(!alb?.pattern.test('"POST /checkout HTTP/1.1" 400 - Bad Request'), 'the numbers after the status are part of it');
  assert.ok(!alb?.pattern.test('"POST /checkout HTTP/1.1" 400 - 12'), 'two numbers, not the digits of one');
  const koa = templatePattern([
    { text: '  Error: ', placeholder: false },
    { text: 'text', placeholder: true },
  ]);
  assert.ok(koa?.pattern.test('  Error: connect ECONNREFUSED 127.0.0.1:5439'));
  assert.ok(!koa?.pattern.test('h11._util.RemoteProtocolError: illegal request line'), 'a message starts where a word does');
  assert.ok(!koa?.pattern.test('Error: Forbidden Your client does not have permission'), 'an indented text starts a line indented');
  assert.equal(
    templatePattern([
      { text: 'id', placeholder: true },
      { text: ' x', placeholder: false },
    ]),
    undefined,
    'too little literal text',
  );
});

test('what may be a message waits for the catalogue; plain words do not', () => {
  for (const q of [
    'H12',
    '1020',
    '500.19',
    'AH01102',
    'net::ERR_TOO_MANY_REDIRECTS',
    '<Code>NoSuchKey</Code>',
    '{"message":"x"}',
    'GET /x',
    'Request timeout.',
  ]) {
    assert.ok(mayNameMessage(q), q);
  }
  for (const q of ['rate limit', '404', 'what code when the user is not logged in', 'redirect keeps post'])
    assert.ok(!mayNameMessage(q), q);
});

test('what only a program prints marks a paste; the way people type questions does not', () => {
  for (const q of [
    '2026/12/07 23:26:01 http: proxy error: context canceled',
    '[07-Dec-2026 23:33:41] ERROR: unable to bind',
    '  Error: connect 127.0.0.1:5439',
    '--  FetchError     overflow',
    'ERROR:    Exception in ASGI application',
    'h11._util.LocalProtocolError: Too little data',
    'java.lang.IllegalStateException: x',
    'Error: connect ECONNREFUSED',
  ]) {
    assert.ok(printedByMachine(q), q);
  }
  for (const q of [
    'what code when the user is not logged in',
    'nginx 502 at 10:30 every night',
    'is 1.2.3 the version that returns 426',
    'SyntaxError in my fetch call',
    'ERROR 404',
    'not  found',
  ])
    assert.ok(!printedByMachine(q), q);
});

test('invisible characters and direction controls are removed', () => {
  assert.equal(withoutInvisibles('4\u200b0\u200b4 \u202enot\u2066 found\ufeff'), '404 not found');
});
