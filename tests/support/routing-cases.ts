/**
 * How every server of the built site must answer: one table, run against the local server
 * (scripts/serve.ts, which the browser tests use), nginx with the generated configuration, and
 * Cloudflare Pages' runtime reading dist/'s `_headers` and `_redirects` (wrangler pages dev), in
 * tests/site/serving.test.ts, so they cannot drift apart. Every answer, redirect or error, must also
 * carry the policy's security headers, unless its row says otherwise.
 *
 * Pages is a managed host: some of its answers are its own and cannot be configured. A row says
 * where Pages answers otherwise (`pages`), what it does, and why the site still behaves right.
 */
export interface Expected {
  status: number;
  /** The Location of a redirect. */
  location?: string;
  /** The Content-Type, exactly. */
  type?: string;
  /** Text the body must contain. */
  body?: string;
  /** The Cache-Control header, exactly. */
  cache?: string;
  /** Other headers, by lower-case name: a value to equal, a pattern to match, or null for "absent". */
  headers?: Record<string, string | RegExp | null>;
  /** Whether the answer carries the security headers of src/server/policy.ts; true unless said. */
  secure?: boolean;
}

/** What Pages answers otherwise; a field set to undefined is not checked there. */
export type Differences = { [K in keyof Expected]?: Expected[K] | undefined };

export interface RoutingCase extends Expected {
  path: string;
  /** GET unless said. */
  method?: string;
  /** Request headers. */
  send?: Record<string, string>;
  /** Why the row is here, when the path alone does not say: most often a fault once found. */
  why?: string;
  /** Cloudflare Pages answers otherwise: the fields that differ, and why the site still behaves right. */
  pages?: { differs: Differences; because: string };
}

const HTML = 'text/html; charset=utf-8';
const SHORT = 'public, max-age=300, must-revalidate';
const NOT_FOUND = 'Page not found';
const CODE_PAGE_404 = '404</span> Not Found</h1>';

/** Pages' own Cache-Control: HTML is revalidated on every visit, its 404 answers are never stored. */
const PAGES_HTML = { cache: 'public, max-age=0, must-revalidate' };
const PAGES_404 = { cache: 'no-store' };
const PAGES_HTML_BECAUSE =
  'Pages sets its own Cache-Control on HTML (revalidate every time); _headers leaves it, as hosts join repeated headers';
const PAGES_404_BECAUSE = "Pages never stores a 404 (no-store); it still sends the site's 404.html with status 404";
/** Pages redirects with 308 where nginx uses 301: both keep the method and both are permanent. */
const PAGES_308 = 'Pages normalises the path itself with 308 (permanent, like 301); the Location is the same';
/** wrangler's local proxy answers some malformed requests with 502 before Pages' rules run. */
const PAGES_DEV_502 = "wrangler pages dev's local proxy fails on it (502, no headers): the file is still never served";

export const ROUTING_CASES: RoutingCase[] = [
  { path: '/', status: 200, type: HTML, cache: SHORT, body: '<h1', pages: { differs: PAGES_HTML, because: PAGES_HTML_BECAUSE } },
  { path: '/404/', status: 200, type: HTML, body: CODE_PAGE_404 },
  { path: '/429/', status: 200, type: HTML, body: 'Too Many Requests' },
  { path: '/4xx/', status: 200, type: HTML },
  { path: '/499/', status: 200, type: HTML },
  { path: '/404', status: 301, location: '/404/' },
  { path: '/4xx', status: 301, location: '/4xx/' },
  { path: '/503', status: 301, location: '/503/' },
  { path: '/guide', status: 301, location: '/guide/' },
  { path: '/404?from=log', status: 301, location: '/404/?from=log' },
  {
    path: '/no/such/page/',
    status: 404,
    type: HTML,
    body: NOT_FOUND,
    cache: SHORT,
    pages: { differs: PAGES_404, because: PAGES_404_BECAUSE },
  },
  { path: '/no-such-file.txt', status: 404, type: HTML, body: NOT_FOUND },
  { path: '/299/', status: 404, type: HTML, body: NOT_FOUND },
  {
    path: '/404.html',
    status: 404,
    type: HTML,
    body: NOT_FOUND,
    pages: {
      differs: { status: 308, location: '/404', type: undefined, body: undefined },
      because:
        'Pages drops .html from a path (308 to /404, then 301 to the 404 code page): it never serves the not-found page by name either',
    },
  },
  {
    path: '/404/index.html',
    status: 200,
    type: HTML,
    body: CODE_PAGE_404,
    pages: {
      differs: { status: 308, location: '/404/', type: undefined, body: undefined },
      because: 'Pages drops index.html from a path: the same page at its permalink',
    },
  },
  { path: '/sitemap.xml', status: 200, type: 'application/xml', cache: SHORT, pages: { differs: PAGES_HTML, because: PAGES_HTML_BECAUSE } },
  { path: '/robots.txt', status: 200, type: 'text/plain; charset=utf-8' },
  { path: '/opensearch.xml', status: 200, type: 'application/xml' },
  { path: '/codes.json', status: 200, type: 'application/json' },
  { path: '/favicon.svg', status: 200, type: 'image/svg+xml' },
  {
    path: '/pagefind/pagefind.js',
    status: 200,
    type: 'text/javascript; charset=utf-8',
    cache: 'public, max-age=3600',
    pages: { differs: { type: 'application/javascript' }, because: 'Pages names JavaScript by its older type; browsers run both' },
  },
  { path: '/pagefind/pagefind-entry.json', status: 200, type: 'application/json' },
  // Pagefind's UI bundles are removed after indexing: the site has its own search UI.
  { path: '/pagefind/pagefind-ui.js', status: 404 },

  // 1. Precompressed files vary by Accept-Encoding, so a shared cache keeps them apart.
  {
    path: '/',
    send: { 'Accept-Encoding': 'br' },
    status: 200,
    headers: { 'content-encoding': 'br', vary: 'Accept-Encoding' },
    why: 'a shared cache must not hand brotli to a client that cannot read it',
    pages: {
      differs: { headers: { 'content-encoding': 'br', vary: null } },
      because: 'Pages compresses at the edge and keys its own cache by encoding; wrangler dev sends no Vary',
    },
  },
  {
    path: '/codes.json',
    status: 200,
    headers: { 'content-encoding': null, vary: 'Accept-Encoding' },
    why: 'the plain answer varies too, or a cache would keep it for everyone',
    pages: {
      differs: { headers: { 'content-encoding': null, vary: null } },
      because: 'as above: the edge keys its cache by encoding itself',
    },
  },

  // 2. Never a Location that starts with // (a browser reads //guide/ as the host "guide").
  { path: '//guide', status: 301, location: '/guide/', pages: { differs: { status: 308 }, because: PAGES_308 } },
  { path: '//429', status: 301, location: '/429/', pages: { differs: { status: 308 }, because: PAGES_308 } },
  {
    path: '//example.com/',
    status: 404,
    body: NOT_FOUND,
    why: 'a doubled slash is never a way to another host',
    pages: { differs: PAGES_404, because: PAGES_404_BECAUSE },
  },

  // 3. Strict-Transport-Security only for an HTTPS deployment (SITE_URL https:): these servers
  //    speak plain HTTP and the tests' build has no SITE_URL (the unit tests check the HTTPS files).
  { path: '/', status: 200, headers: { 'strict-transport-security': null } },

  // 4. Errors and redirects carry the policy's headers (checked on every row); a 405 says what is allowed.
  {
    path: '/429/',
    method: 'POST',
    status: 405,
    headers: { allow: 'GET, HEAD' },
    why: "RFC 9110 requires Allow on a 405, and the site's own 405 page says so",
  },
  { path: '/no/such/page/', method: 'DELETE', status: 405, headers: { allow: 'GET, HEAD' } },

  // 5. Content negotiation, validators and ranges, as nginx does them.
  {
    path: '/',
    send: { 'Accept-Encoding': 'br;q=0, gzip' },
    status: 200,
    headers: { 'content-encoding': 'gzip' },
    why: 'q=0 refuses a coding',
  },
  {
    path: '/robots.txt',
    status: 200,
    headers: { etag: /^(W\/)?"[^"]+"$/, 'last-modified': /^\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT$/ },
    why: 'a revisit after the five minutes of max-age revalidates instead of downloading again',
    pages: { differs: { headers: { etag: /^(W\/)?"[^"]+"$/, 'last-modified': null } }, because: 'Pages validates with its ETag alone' },
  },
  {
    path: '/robots.txt',
    send: { 'If-None-Match': '*' },
    status: 304,
    pages: { differs: { status: 200 }, because: 'Pages ignores If-None-Match: * (a real ETag gets 304; serving.test.ts checks it)' },
  },
  {
    path: '/robots.txt',
    send: { Range: 'bytes=0-9' },
    status: 206,
    body: 'User-agent',
    headers: { 'content-range': /^bytes 0-9\/\d+$/, 'content-length': '10' },
    pages: {
      differs: { status: 200, headers: { 'content-range': null } },
      because: 'Pages ignores Range and sends the whole file, which RFC 9110 allows',
    },
  },
  {
    path: '/robots.txt',
    send: { Range: 'bytes=999999-' },
    status: 416,
    headers: { 'content-range': /^bytes \*\/\d+$/ },
    pages: { differs: { status: 200, headers: { 'content-range': null } }, because: 'as above' },
  },

  // 6. Folders without an index, dot segments and encoded slashes: the same answer everywhere.
  { path: '/pagefind/', status: 404, type: HTML, body: NOT_FOUND, cache: SHORT, pages: { differs: PAGES_404, because: PAGES_404_BECAUSE } },
  {
    path: '/_astro/',
    status: 404,
    type: HTML,
    body: NOT_FOUND,
    cache: SHORT,
    why: 'not a 403 cached for a year',
    pages: { differs: PAGES_404, because: PAGES_404_BECAUSE },
  },
  { path: '/og/', status: 404, type: HTML, body: NOT_FOUND, pages: { differs: PAGES_404, because: PAGES_404_BECAUSE } },
  { path: '/429/../404/', status: 200, type: HTML, body: CODE_PAGE_404 },
  { path: '/x/%2e%2e/429/', status: 200, body: 'Too Many Requests' },
  { path: '/%2f429', status: 301, location: '/429/', pages: { differs: { status: 308 }, because: PAGES_308 } },
  {
    path: '/_headers',
    status: 404,
    body: NOT_FOUND,
    pages: { differs: { status: 502, body: undefined, secure: false }, because: PAGES_DEV_502 },
  },
  {
    path: '/_redirects',
    status: 404,
    body: NOT_FOUND,
    pages: { differs: { status: 502, body: undefined, secure: false }, because: PAGES_DEV_502 },
  },
  { path: '/favicon.ico', status: 200, type: 'image/vnd.microsoft.icon', why: 'browsers ask for it whatever the page links' },
  { path: '/apple-touch-icon.png', status: 200, type: 'image/png', why: 'iOS asks for it at the root' },
  { path: '/manifest.webmanifest', status: 200, type: 'application/manifest+json' },
  {
    path: '/sw.js',
    status: 200,
    type: 'text/javascript; charset=utf-8',
    cache: 'no-cache',
    pages: { differs: { type: 'application/javascript' }, because: 'the older JavaScript type, as above' },
    why: 'a new deployment is picked up on the next visit',
  },

  // 7. A build without SITE_URL gives the reader's own address to copy, not the placeholder's.
  { path: '/429/', status: 200, body: 'data-copy-path="/429/"' },

  // 8. The not-found page's sentence keeps its space before the link.
  { path: '/no/such/page/', status: 404, body: 'such as <a href="/404/">', pages: { differs: PAGES_404, because: PAGES_404_BECAUSE } },

  // Odd paths: never a file from outside the site, never a 5xx.
  { path: '/%00', status: 400, pages: { differs: { status: 502, secure: false }, because: PAGES_DEV_502 } },
  {
    path: '/..%2f..%2fetc/passwd',
    status: 400,
    pages: { differs: { status: 404 }, because: 'Pages keeps the path inside the site and finds nothing' },
  },
  {
    path: '/../../../etc/passwd',
    status: 400,
    pages: { differs: { status: 404 }, because: 'Pages keeps the path inside the site and finds nothing' },
  },
  {
    path: '/%2e%2e/%2e%2e/etc/passwd',
    status: 400,
    pages: { differs: { status: 404 }, because: 'Pages keeps the path inside the site and finds nothing' },
  },
  { path: '/404/index.html/x', status: 404, pages: { differs: { status: 502, secure: false }, because: PAGES_DEV_502 } },
  { path: '/.git/config', status: 404 },
  {
    path: '/_headers/../../etc/passwd',
    status: 400,
    pages: { differs: { status: 404 }, because: 'Pages keeps the path inside the site and finds nothing' },
  },
  {
    path: `/${'a'.repeat(8192)}`,
    status: 414,
    pages: {
      differs: { status: 431, secure: false },
      because: "wrangler's local proxy refuses the long request line before Pages' rules run",
    },
  },
];
