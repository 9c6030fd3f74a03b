/**
 * How every server of the built site must answer: one table, run against the local server
 * (scripts/serve.ts, which the browser tests use) and against nginx with the generated
 * configuration (tests/serving.spec.ts), so the two cannot drift apart.
 */
export interface RoutingCase {
  path: string;
  status: number;
  /** The Location of a redirect. */
  location?: string;
  /** The Content-Type, exactly. */
  type?: string;
  /** Text the body must contain. */
  body?: string;
  /** The Cache-Control header, exactly. */
  cache?: string;
}

const HTML = 'text/html; charset=utf-8';
const SHORT = 'public, max-age=300, must-revalidate';

export const ROUTING_CASES: RoutingCase[] = [
  { path: '/', status: 200, type: HTML, cache: SHORT, body: '<h1' },
  { path: '/404/', status: 200, type: HTML, body: '404</span> Not Found</h1>' },
  { path: '/429/', status: 200, type: HTML, body: 'Too Many Requests' },
  { path: '/4xx/', status: 200, type: HTML },
  { path: '/499/', status: 200, type: HTML },
  { path: '/404', status: 301, location: '/404/' },
  { path: '/4xx', status: 301, location: '/4xx/' },
  { path: '/503', status: 301, location: '/503/' },
  { path: '/404?from=log', status: 301, location: '/404/?from=log' },
  { path: '/no/such/page/', status: 404, type: HTML, body: 'Page not found', cache: SHORT },
  { path: '/no-such-file.txt', status: 404, type: HTML, body: 'Page not found' },
  { path: '/299/', status: 404, type: HTML, body: 'Page not found' },
  { path: '/404.html', status: 404, type: HTML, body: 'Page not found' },
  { path: '/404/index.html', status: 200, type: HTML, body: '404</span> Not Found</h1>' },
  { path: '/sitemap.xml', status: 200, type: 'application/xml', cache: SHORT },
  { path: '/robots.txt', status: 200, type: 'text/plain; charset=utf-8' },
  { path: '/opensearch.xml', status: 200, type: 'application/xml' },
  { path: '/codes.json', status: 200, type: 'application/json' },
  { path: '/favicon.svg', status: 200, type: 'image/svg+xml' },
  { path: '/_headers', status: 200, type: 'application/octet-stream' },
  { path: '/pagefind/pagefind.js', status: 200, type: 'text/javascript; charset=utf-8', cache: 'public, max-age=3600' },
  { path: '/pagefind/pagefind-entry.json', status: 200, type: 'application/json' },
  // Pagefind's UI bundles are removed after indexing: the site has its own search UI.
  { path: '/pagefind/pagefind-ui.js', status: 404 },
  // Odd paths: never a file from outside the site, never a 5xx.
  { path: '/%00', status: 400 },
  { path: '/..%2f..%2fetc/passwd', status: 400 },
  { path: '/../../../etc/passwd', status: 400 },
  { path: '/%2e%2e/%2e%2e/etc/passwd', status: 400 },
  { path: '/404/index.html/x', status: 404 },
  { path: '/.git/config', status: 404 },
  { path: '/_headers/../../etc/passwd', status: 400 },
  { path: `/${'a'.repeat(8192)}`, status: 414 },
];
