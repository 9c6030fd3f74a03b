/** The serving policy's pure parts: routing, content types, and the generated host files. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { nginxServerBlock } from '../../src/server/nginx-config.ts';
import {
  cacheControlFor,
  contentTypeFor,
  normalizePath,
  routePath,
  SECURITY_HEADERS,
  STRICT_TRANSPORT_SECURITY,
} from '../../src/server/policy.ts';
import { headersFile, redirectsFile } from '../../src/server/static-host.ts';
import { isHttpsDeployment, PLACEHOLDER_ORIGIN, siteUrlWarning } from '../../src/lib/site/origin.ts';
import { icoFile, themeColours } from '../../src/lib/previews/icons.ts';
import { FILES } from '../../src/lib/site/paths.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

const files = new Set(['/index.html', '/404/index.html', '/404.html', '/codes.json', '/pagefind/pagefind.js', '/_headers', '/_redirects']);
const route = (path: string) => routePath(path, (p) => files.has(p));

test('routePath: directory pages, files, slash redirects and the not-found page', () => {
  assert.deepEqual(route('/'), { kind: 'file', file: '/index.html' });
  assert.deepEqual(route('/404/'), { kind: 'file', file: '/404/index.html' });
  assert.deepEqual(route('/404'), { kind: 'redirect', location: '/404/' });
  assert.deepEqual(route('/codes.json'), { kind: 'file', file: '/codes.json' });
  assert.deepEqual(route('/nothing/'), { kind: 'not-found' });
  assert.deepEqual(route('/404.html'), { kind: 'not-found' }, 'the not-found page is never served by name');
  assert.deepEqual(route('/_headers'), { kind: 'not-found' }, "the static hosts' rules are never served");
  assert.deepEqual(route('/_redirects'), { kind: 'not-found' });
});

test('routePath: traversal above the root and malformed escapes are bad requests', () => {
  for (const path of ['/../etc/passwd', '/%2e%2e/x', '/a/..%2f..%2f..%2fb', '/%00', '/%E0%A4%A', '/..'])
    assert.equal(route(path).kind, 'bad-request', path);
});

test('normalizePath reads a path as nginx does: slashes merged, dot segments resolved', () => {
  const cases: [string, string][] = [
    ['/', '/'],
    ['//guide', '/guide'],
    ['///404//', '/404/'],
    ['/429/../404/', '/404/'],
    ['/x/%2e%2e/429/', '/429/'],
    ['/%2f429', '/429'],
    ['/./404/.', '/404/'],
    ['/429/..', '/'],
  ];
  for (const [path, normal] of cases) assert.equal(normalizePath(path), normal, path);
});

test('a redirect never leaves the site: no Location starting with //', () => {
  for (const path of ['//404', '///404', '/%2f404', '//%2f404'])
    assert.deepEqual(route(path), { kind: 'redirect', location: '/404/' }, path);
  assert.deepEqual(route('//example.com'), { kind: 'not-found' });
});

test('content types: text carries utf-8, unknown endings are binary', () => {
  assert.equal(contentTypeFor('html'), 'text/html; charset=utf-8');
  assert.equal(contentTypeFor('json'), 'application/json');
  assert.equal(contentTypeFor('pf_meta'), 'application/octet-stream');
  assert.equal(contentTypeFor('webmanifest'), 'application/manifest+json');
  assert.equal(cacheControlFor('/sw.js'), 'no-cache');
  assert.equal(cacheControlFor('/_astro/a.css'), 'public, max-age=31536000, immutable');
  assert.equal(cacheControlFor('/429/'), 'public, max-age=300, must-revalidate');
});

test('the static-host files: every security header and Allow for all paths, a slash redirect per page', () => {
  const headers = headersFile(false);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.ok(headers.includes(`  ${name}: ${value}`), name);
  assert.ok(headers.includes('  Allow: GET, HEAD'));
  assert.ok(!headers.includes(STRICT_TRANSPORT_SECURITY.name), 'no HSTS for a plain-HTTP build');
  assert.ok(headersFile(true).includes(`  ${STRICT_TRANSPORT_SECURITY.name}: ${STRICT_TRANSPORT_SECURITY.value}`));
  assert.equal(redirectsFile(['/', '/404/', '/4xx/']), '/404 /404/ 301\n/4xx /4xx/ 301\n');
});

test('Strict-Transport-Security only for an https: SITE_URL; a build without SITE_URL warns', () => {
  assert.equal(isHttpsDeployment({ SITE_URL: 'https://status.example.org' }), true);
  assert.equal(isHttpsDeployment({ SITE_URL: 'http://127.0.0.1:4321' }), false);
  assert.equal(isHttpsDeployment({}), false, 'the placeholder is not a deployment');
  assert.match(siteUrlWarning({}) ?? '', new RegExp(`SITE_URL is not set[^]*${PLACEHOLDER_ORIGIN.replaceAll('.', '\\.')}`));
  assert.equal(siteUrlWarning({ SITE_URL: 'https://status.example.org' }), undefined);
});

test('the nginx block repeats the security headers in every location and knows the not-found page', () => {
  const conf = nginxServerBlock({ root: '/srv/site', listen: '127.0.0.1:8080', brotli: false, https: false });
  // Every location that sends a file sets the whole set (add_header in a location replaces the
  // server's); @unsatisfiable keeps the headers of the answer it replaces.
  const locations = (conf.match(/^\s*location [^{\n]+\{/gm) ?? []).filter((l) => !l.includes('@unsatisfiable'));
  const csp = conf.match(/add_header Content-Security-Policy /g) ?? [];
  assert.equal(csp.length, locations.length + 1, 'once per location and once at the server level');
  assert.match(conf, /error_page 404 \/404\.html;/);
  assert.match(conf, /error_page 403 =404 \/404\.html;/, 'a folder without an index is not found, not forbidden');
  assert.match(conf, /gzip_vary on;/, 'Vary: Accept-Encoding on precompressed files');
  assert.match(conf, /405 "GET, HEAD";/, 'a 405 says what is allowed');
  for (const hidden of ['/404.html', '/_headers', '/_redirects']) assert.match(conf, new RegExp(`location = ${hidden} \\{\\s+internal;`));
  assert.doesNotMatch(conf, /brotli_static/);
  assert.doesNotMatch(conf, /Strict-Transport-Security/);
  assert.match(conf, /listen 127\.0\.0\.1:8080;/);
  const https = nginxServerBlock({ root: '/srv/site', listen: '443', brotli: true, https: true });
  assert.equal(https.match(/add_header Strict-Transport-Security /g)?.length, csp.length);
});

test('app icons: an .ico of PNG images; the theme colours come from the stylesheet', () => {
  const png = Buffer.from('89504e470d0a1a0a', 'hex');
  const ico = icoFile([
    { size: 16, data: png },
    { size: 32, data: png },
  ]);
  assert.equal(ico.readUInt16LE(2), 1, 'type: icon');
  assert.equal(ico.readUInt16LE(4), 2, 'two images');
  assert.equal(ico.readUInt8(6 + 16), 32, 'the second is 32 px wide');
  assert.equal(ico.readUInt32LE(6 + 16 + 12), 6 + 32 + png.length, 'the second image starts after the first');
  assert.deepEqual(themeColours(':root { --page: light-dark(#FFFFFF, #0d1117); }'), { light: '#ffffff', dark: '#0d1117' });
  assert.throws(() => themeColours(':root {}'), /--page/);
});

test("public/head.js registers the service worker at the policy's URL, which is cached no-cache", () => {
  // head.js is served as written (no build step), so it spells the URL out.
  const head = readFileSync(new URL('../../public/head.js', import.meta.url), 'utf8');
  const registered = [...head.matchAll(/\.register\('([^']+)'\)/g)].map((m) => m[1]);
  assert.deepEqual(registered, [FILES.serviceWorker]);
  assert.equal(cacheControlFor(FILES.serviceWorker), 'no-cache');
});

test('the checked-in nginx.conf is what src/server/nginx-config.ts generates', () => {
  const checkedIn = readFileSync(repoPath('src', 'server', 'nginx.conf'), 'utf8');
  assert.equal(checkedIn, nginxServerBlock(), 'run "npm run nginx-conf"');
});
