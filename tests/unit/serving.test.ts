/** The serving policy's pure parts: routing, content types, and the generated host files. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nginxServerBlock } from '../../src/server/nginx-config.ts';
import { cacheControlFor, contentTypeFor, routePath, SECURITY_HEADERS } from '../../src/server/policy.ts';
import { headersFile, redirectsFile } from '../../src/server/static-host.ts';

const files = new Set(['/index.html', '/404/index.html', '/404.html', '/codes.json', '/pagefind/pagefind.js']);
const route = (path: string) => routePath(path, (p) => files.has(p));

test('routePath: directory pages, files, slash redirects and the not-found page', () => {
  assert.deepEqual(route('/'), { kind: 'file', file: '/index.html' });
  assert.deepEqual(route('/404/'), { kind: 'file', file: '/404/index.html' });
  assert.deepEqual(route('/404'), { kind: 'redirect', location: '/404/' });
  assert.deepEqual(route('/codes.json'), { kind: 'file', file: '/codes.json' });
  assert.deepEqual(route('/nothing/'), { kind: 'not-found' });
  assert.deepEqual(route('/404.html'), { kind: 'not-found' }, 'the not-found page is never served by name');
});

test('routePath: traversal and malformed escapes are bad requests', () => {
  for (const path of ['/../etc/passwd', '/%2e%2e/x', '/a/..%2f..%2fb', '/%00', '/%E0%A4%A'])
    assert.equal(route(path).kind, 'bad-request', path);
});

test('content types: text carries utf-8, unknown endings are binary', () => {
  assert.equal(contentTypeFor('html'), 'text/html; charset=utf-8');
  assert.equal(contentTypeFor('json'), 'application/json');
  assert.equal(contentTypeFor('pf_meta'), 'application/octet-stream');
  assert.equal(cacheControlFor('/_astro/a.css'), 'public, max-age=31536000, immutable');
  assert.equal(cacheControlFor('/429/'), 'public, max-age=300, must-revalidate');
});

test('the static-host files: every security header for all paths, a slash redirect per page', () => {
  const headers = headersFile();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.ok(headers.includes(`  ${name}: ${value}`), name);
  assert.equal(redirectsFile(['/', '/404/', '/4xx/']), '/404 /404/ 301\n/4xx /4xx/ 301\n');
});

test('the nginx block repeats the security headers in every location and knows the not-found page', () => {
  const conf = nginxServerBlock({ root: '/srv/site', listen: '127.0.0.1:8080', brotli: false });
  const locations = conf.match(/location [^{]+\{/g) ?? [];
  const csp = conf.match(/add_header Content-Security-Policy /g) ?? [];
  assert.equal(csp.length, locations.length, 'add_header in a location replaces the server-level ones');
  assert.match(conf, /error_page 404 \/404\.html;/);
  assert.doesNotMatch(conf, /brotli_static/);
  assert.match(conf, /listen 127\.0\.0\.1:8080;/);
});
