/** The URL builders and the HTTP example tokenizer. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenizeHttp } from '../../src/lib/codes/http-highlight.ts';
import { inlineParts } from '../../src/lib/site/inline-text.ts';
import { classPath, codeAnchorPath, codeFromPath, codePath, comparePath, guidePath, searchPath } from '../../src/lib/site/paths.ts';

test('paths: the permanent URL shapes', () => {
  assert.equal(codePath(429), '/429/');
  assert.equal(codeAnchorPath(429), '/#429');
  assert.equal(classPath('4xx'), '/4xx/');
  assert.equal(guidePath(), '/guide/');
  assert.equal(guidePath('auth'), '/guide/auth/');
  assert.equal(comparePath('redirects'), '/compare/redirects/');
  assert.equal(searchPath('rate limit & more'), '/search/?q=rate+limit+%26+more');
  assert.equal(codeFromPath('/404/'), 404);
  assert.equal(codeFromPath('/404'), 404);
  assert.equal(codeFromPath('/4xx/'), undefined);
  assert.equal(codeFromPath('/guide/404/'), undefined);
});

const kinds = (line: { text: string; kind?: string }[] | undefined) => (line ?? []).filter((t) => t.kind).map((t) => `${t.kind}:${t.text}`);

test('tokenizeHttp: request line, status line, headers and body', () => {
  const lines = tokenizeHttp('GET /a HTTP/1.1\nHost: x\n\n{"a":1}\n');
  assert.deepEqual(kinds(lines[0]), ['method:GET', 'target:/a', 'version:HTTP/1.1']);
  assert.deepEqual(kinds(lines[1]), ['name:Host', 'punct::', 'value: x']);
  assert.deepEqual(kinds(lines[3]), ['body:{"a":1}']);
  const response = tokenizeHttp('HTTP/2 204\n');
  assert.deepEqual(kinds(response[0]), ['version:HTTP/2', 'status:204']);
});

test('tokenizeHttp: an interim response followed by the final one starts a new message', () => {
  const lines = tokenizeHttp('HTTP/1.1 100 Continue\n\nHTTP/1.1 201 Created\nLocation: /x\n');
  assert.deepEqual(kinds(lines[2]), ['version:HTTP/1.1', 'status:201', 'reason: Created']);
  assert.deepEqual(kinds(lines[3]), ['name:Location', 'punct::', 'value: /x']);
});

test('tokenizeHttp: text that fits no rule stays plain', () => {
  assert.deepEqual(kinds(tokenizeHttp('198.51.100.23 - - "GET / HTTP/1.1" 499 0')[0]), []);
});

test('inlineParts: backticks are code; a standalone code with a page is a link, numbers in sections, versions and settings are not', () => {
  const codes = new Set([200, 300, 404, 416]);
  const kinds = (text: string) =>
    inlineParts(text, codes).map((p) => (p.kind === 'status' ? p.code : p.kind === 'code' ? `\`${p.text}\`` : p.text));
  assert.deepEqual(kinds('send 416, or 200 (RFC 9110 §15.3.7).'), ['send ', 416, ', or ', 200, ' (RFC 9110 §15.3.7).']);
  assert.deepEqual(kinds('`max-age=300` or max-age=300 over HTTP/1.1'), ['`max-age=300`', ' or max-age=300 over HTTP/1.1']);
  assert.deepEqual(kinds('bytes 0-1023/8192 and 404.'), ['bytes 0-1023/8192 and ', 404, '.']);
  assert.deepEqual(kinds('a 999 or 405'), ['a 999 or 405'], 'only codes that have pages');
  assert.deepEqual(inlineParts('send 416'), [{ kind: 'text', text: 'send 416' }], 'no links without the set');
});
