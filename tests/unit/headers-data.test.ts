/**
 * The header catalogue (content/headers/headers.yaml, shape in src/lib/headers/schema.ts): it
 * parses, it covers the fields listed below, every code it links to has an entry, and every
 * header a code page names in its frontmatter is either linked to that code here or listed below
 * with the reason it is not.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entries } from '../support/content.ts';
import { headers } from '../support/send-content.ts';

const codes = new Set(entries.map((e) => e.code));

/**
 * Headers a code page names that the catalogue does not link to that code, and why. A new line on
 * a code page fails the last test until it is linked here or explained.
 */
const NOT_LINKED: Record<string, string> = {
  '101 Sec-WebSocket-Key': 'WebSocket handshake fields (RFC 6455), not HTTP status semantics',
  '101 Sec-WebSocket-Accept': 'WebSocket handshake fields (RFC 6455), not HTTP status semantics',
  '101 Sec-WebSocket-Protocol': 'WebSocket handshake fields (RFC 6455), not HTTP status semantics',
  '102 Depth': 'WebDAV (RFC 4918) request field; no requirement ties it to 102',
  '104 Location': 'resumable-upload draft; not verified here',
  '104 Upload-Complete': 'resumable-upload draft fields; not verified here',
  '104 Upload-Offset': 'resumable-upload draft fields; not verified here',
  '104 Upload-Length': 'resumable-upload draft fields; not verified here',
  '104 Upload-Limit': 'resumable-upload draft fields; not verified here',
  '200 Content-Type': 'general representation metadata, nothing specific to 200',
  '200 Content-Length': 'general framing, nothing specific to 200',
  '200 Cache-Control': 'general; 200 is heuristically cacheable without it',
  '205 Content-Length': 'RFC 9110 forbids content in a 205; no field requirement',
  '207 Content-Type': 'WebDAV multistatus body (RFC 4918); not covered',
  '207 Depth': 'WebDAV (RFC 4918); not covered',
  '207 DAV': 'WebDAV (RFC 4918); not covered',
  '208 DAV': 'WebDAV binding (RFC 5842); not covered',
  '208 Depth': 'WebDAV binding (RFC 5842); not covered',
  '226 A-IM': 'delta encoding (RFC 3229); not verified here',
  '226 IM': 'delta encoding (RFC 3229); not verified here',
  '226 ETag': 'delta encoding (RFC 3229); not verified here',
  '226 If-None-Match': 'delta encoding (RFC 3229); not verified here',
  '226 Delta-Base': 'delta encoding (RFC 3229); not verified here',
  '226 Cache-Control': 'delta encoding (RFC 3229); not verified here',
  '203 Via': 'every proxy adds Via (RFC 9110 §7.6.3); nothing specific to 203',
  '305 Location': '305 is deprecated (RFC 9110 §15.4.6); its old Location meaning is not current',
  '308 Range': "the resumable-upload use of 308 with a Range response field is a vendor protocol, not RFC 9110's 308",
  '400 Content-Length': 'framing errors (RFC 9112 §6.3); not linked per code',
  '400 Transfer-Encoding': 'framing errors (RFC 9112 §6.3); not linked per code',
  '400 Content-Type': 'no requirement ties it to 400',
  '401 Access-Control-Expose-Headers': 'CORS (Fetch standard), not an RFC status requirement',
  '411 Transfer-Encoding': 'the chunked request a 411 refuses; no field requirement',
  '412 ETag': 'no requirement to send the current ETag with a 412',
  '415 Content-Encoding': "the request's coding can be the cause; covered by Accept-Encoding's 415 lines",
  '419 X-CSRF-TOKEN': 'Laravel-specific',
  '419 X-XSRF-TOKEN': 'Laravel-specific',
  '419 Cookie': 'Laravel session cookie; vendor behaviour',
  '419 Sec-Fetch-Site': 'Fetch metadata, vendor behaviour',
  '423 If': 'WebDAV (RFC 4918) lock fields; not covered',
  '423 Lock-Token': 'WebDAV (RFC 4918) lock fields; not covered',
  '428 ETag': 'no requirement; the client gets the tag from a GET',
  '429 Access-Control-Expose-Headers': 'CORS (Fetch standard), not an RFC status requirement',
  '430 Shopify-Storefront-Buyer-IP': 'vendor field',
  '431 Cookie': 'the usual oversized field; no requirement',
  '440 Cookie': 'vendor behaviour',
  '449 Ms-Echo-Request': 'vendor field',
  '449 Ms-Echo-Reply': 'vendor field',
  '449 X-MS-PolicyKey': 'vendor field',
  '451 X-MS-Location': 'vendor field',
  '463 X-Forwarded-For': 'vendor limit (AWS ALB)',
  '464 Content-Type': 'vendor behaviour (AWS ALB)',
  '494 Cookie': 'vendor behaviour (nginx)',
  '494 Authorization': 'vendor behaviour (nginx)',
  '501 Cache-Control': '501 is heuristically cacheable; no field requirement',
  '501 Transfer-Encoding': 'an unknown transfer coding earns a 501 (RFC 9112 §6.1); not linked',
  '503 Access-Control-Expose-Headers': 'CORS (Fetch standard), not an RFC status requirement',
  '506 Negotiate': 'transparent content negotiation (RFC 2295); not covered',
  '506 TCN': 'transparent content negotiation (RFC 2295); not covered',
  '506 Alternates': 'transparent content negotiation (RFC 2295); not covered',
  '508 Depth': 'WebDAV (RFC 5842); not covered',
  '508 DAV': 'WebDAV (RFC 5842); not covered',
  '510 Man': 'RFC 2774 (Historic); not covered',
  '510 Opt': 'RFC 2774 (Historic); not covered',
  '510 C-Man': 'RFC 2774 (Historic); not covered',
  '510 C-Opt': 'RFC 2774 (Historic); not covered',
};
for (const c of [520, 521, 522, 523, 524, 525, 526, 527, 530]) {
  NOT_LINKED[`${c} CF-RAY`] = 'Cloudflare field';
  NOT_LINKED[`${c} Server`] = 'Cloudflare identifies itself in Server; no requirement';
}
NOT_LINKED['561 Server'] = 'vendor behaviour (AWS ALB)';

test('the catalogue parses and has at least 20 headers, names and slugs unique', () => {
  assert.ok(headers.length >= 20, `${headers.length} headers`);
  assert.equal(new Set(headers.map((h) => h.name.toLowerCase())).size, headers.length);
  for (const h of headers) assert.equal(h.slug, h.name.toLowerCase(), h.name);
});

test('it covers the header fields that status codes depend on, listed here', () => {
  const names = new Set(headers.map((h) => h.name));
  for (const n of [
    'Retry-After',
    'WWW-Authenticate',
    'Proxy-Authenticate',
    'Authorization',
    'Proxy-Authorization',
    'Location',
    'Allow',
    'Content-Range',
    'Accept-Ranges',
    'Range',
    'Upgrade',
    'Expect',
    'If-Match',
    'If-None-Match',
    'If-Modified-Since',
    'If-Unmodified-Since',
    'ETag',
    'Last-Modified',
    'Vary',
    'Cache-Control',
    'Link',
    'Content-Location',
    'Accept',
    'Content-Type',
    'Accept-Encoding',
    'Accept-Patch',
    'Accept-Post',
    'Alt-Svc',
    'Early-Data',
    'RateLimit',
  ]) {
    assert.ok(names.has(n), n);
  }
});

test('every code a header links to has an entry, once per level', () => {
  for (const h of headers) {
    const seen = new Set<string>();
    for (const c of h.codes) {
      assert.ok(codes.has(c.code), `${h.name} → ${c.code} has no entry`);
      const key = `${c.code} ${c.level}`;
      assert.ok(!seen.has(key), `${h.name} lists ${key} twice`);
      seen.add(key);
    }
  }
});

test('a header that only travels one way is linked only that way', () => {
  for (const h of headers) {
    if (h.direction === 'both') continue;
    for (const c of h.codes) assert.equal(c.in, h.direction, `${h.name} → ${c.code}`);
  }
});

test('RFC 9110 requirements quoted here are recorded at their strength', () => {
  const level = (name: string, code: number) => headers.find((h) => h.name === name)?.codes.find((c) => c.code === code)?.level;
  assert.equal(level('WWW-Authenticate', 401), 'must');
  assert.equal(level('Allow', 405), 'must');
  assert.equal(level('Proxy-Authenticate', 407), 'must');
  assert.equal(level('Upgrade', 426), 'must');
  assert.equal(level('Upgrade', 101), 'must');
  assert.equal(level('Content-Range', 206), 'must');
  assert.equal(level('Content-Range', 416), 'should');
  assert.equal(level('Retry-After', 413), 'should');
  assert.equal(level('Retry-After', 503), 'may');
  assert.equal(level('Retry-After', 429), 'may');
  assert.equal(level('Location', 201), 'pairs');
});

test('every header a code page names is linked to that code here, or explained in NOT_LINKED', () => {
  const linked = new Set(headers.flatMap((h) => h.codes.map((c) => `${c.code} ${h.name.toLowerCase()}`)));
  const missing: string[] = [];
  for (const e of entries) {
    for (const name of e.headers) {
      const key = `${e.code} ${name}`;
      if (!linked.has(`${e.code} ${name.toLowerCase()}`) && !(key in NOT_LINKED)) missing.push(key);
    }
  }
  assert.deepEqual(missing, []);
});

test('NOT_LINKED names only pairs a code page really lists and the catalogue really lacks', () => {
  const linked = new Set(headers.flatMap((h) => h.codes.map((c) => `${c.code} ${h.name}`)));
  const listed = new Set(entries.flatMap((e) => e.headers.map((n) => `${e.code} ${n}`)));
  const stale = Object.keys(NOT_LINKED).filter((k) => linked.has(k) || !listed.has(k));
  assert.deepEqual(stale, []);
});
