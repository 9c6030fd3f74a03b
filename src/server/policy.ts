/**
 * How the built site must be served, whatever serves it: security headers, caching and the
 * content types that are easy to get wrong. The one source for nginx (nginx-config.ts), the static-host
 * `_headers`/`_redirects` pair (static-host.ts) and the local server (scripts/serve.ts).
 * Imports use `.ts` extensions so that Node runs this file directly.
 */
import { FILES, FOLDERS } from '../lib/site/paths.ts';

/**
 * No inline script or style anywhere (a test checks dist/ for them), so 'self' is enough.
 * Pagefind compiles its WebAssembly search core at run time: 'wasm-unsafe-eval'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every response: pages, files, redirects and errors alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * Sent with every response of an HTTPS deployment only (SITE_URL starting with https:): over
 * plain HTTP browsers ignore it, and a local server must not pin its host to HTTPS. A year, and
 * no includeSubDomains: the site may be one host among others on its domain.
 */
export const STRICT_TRANSPORT_SECURITY = { name: 'Strict-Transport-Security', value: 'max-age=31536000' } as const;

/** The headers every response carries, for a deployment over HTTPS or not. */
export function responseHeaders(https: boolean): Record<string, string> {
  return { ...SECURITY_HEADERS, ...(https && { [STRICT_TRANSPORT_SECURITY.name]: STRICT_TRANSPORT_SECURITY.value }) };
}

/** The only methods a static site answers; anything else gets 405 with this Allow header (RFC 9110, 15.5.6). */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

export interface CacheRule {
  /** A path prefix; the first rule that matches wins. */
  prefix: string;
  cacheControl: string;
  why: string;
}

export const CACHE_RULES: readonly CacheRule[] = [
  { prefix: FOLDERS.assets, cacheControl: 'public, max-age=31536000, immutable', why: 'file names carry a content hash' },
  { prefix: FOLDERS.pagefind, cacheControl: 'public, max-age=3600', why: 'the entry files keep their names between builds' },
  {
    prefix: FILES.serviceWorker,
    cacheControl: 'no-cache',
    why: 'the service worker is checked on every visit, so a new deployment replaces the offline copy at once',
  },
  { prefix: '/', cacheControl: 'public, max-age=300, must-revalidate', why: 'HTML and other unhashed files change with each deploy' },
];

export function cacheControlFor(path: string): string {
  return (CACHE_RULES.find((r) => path.startsWith(r.prefix)) ?? CACHE_RULES[CACHE_RULES.length - 1])!.cacheControl;
}

/** File endings worth compressing ahead of time (text; Pagefind's files are already gzipped). */
export const PRECOMPRESS = ['html', 'css', 'js', 'json', 'xml', 'txt', 'svg', 'webmanifest'];

/**
 * Pagefind's index files, which Pagefind gzips itself. Each also gets a .br copy of its unzipped
 * content, a sixth smaller (on a slow link, the search's WebAssembly and index are most of the
 * wait): Pagefind reads both, as it checks for its own mark before unzipping. A client that does
 * not accept brotli gets the file as written; there is no .gz copy, as the file is one already.
 */
export const REPACK = ['pagefind', 'pf_index', 'pf_meta', 'pf_fragment', 'pf_filter'];

/**
 * The site's not-found page. Every unknown path gets it with status 404; asked for by name it
 * is not found either (nginx: `internal`), so no URL answers it with 200.
 */
export const NOT_FOUND_PAGE = FILES.notFound;

/**
 * Files in dist/ that no URL serves: the not-found page (served only for unknown paths) and the
 * static hosts' own configuration, which says nothing a visitor needs.
 */
export const NOT_SERVED: readonly string[] = [NOT_FOUND_PAGE, FILES.staticHeaders, FILES.staticRedirects];

/**
 * The content type of each kind of file the site ships, by file ending; anything else is
 * application/octet-stream (Pagefind's .pf_* and .pagefind files among them). nginx gets the
 * same table as its `types` block, so neither server depends on a system mime.types.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  xml: 'application/xml',
  txt: 'text/plain',
  svg: 'image/svg+xml',
  png: 'image/png',
  // The IANA-registered type, which Cloudflare Pages also sends (not the older image/x-icon).
  ico: 'image/vnd.microsoft.icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
};

export const DEFAULT_TYPE = 'application/octet-stream';

/** Text types sent with "; charset=utf-8" (nginx: charset_types). */
export const UTF8_TYPES: readonly string[] = ['text/html', 'text/css', 'text/javascript', 'text/plain'];

/** The Content-Type header for a file ending: "text/html; charset=utf-8". */
export function contentTypeFor(extension: string): string {
  const type = CONTENT_TYPES[extension] ?? DEFAULT_TYPE;
  return UTF8_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}

/** Where a request path leads: a file, a redirect to the same path with a slash, or nowhere. */
export type Route =
  { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'not-found' } | { kind: 'bad-request' };

/**
 * A request path as nginx reads it: percent-escapes decoded, runs of slashes merged into one
 * (`//guide` is `/guide`, never a Location starting with `//`, which browsers read as another
 * host), and `.` and `..` segments resolved (`/429/../404/` is `/404/`). Undefined when the path
 * is malformed, holds a NUL, or climbs above the root: a bad request.
 */
export function normalizePath(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || !decoded.startsWith('/')) return undefined;
  const segments = decoded.split(/\/+/).slice(1);
  const kept: string[] = [];
  for (const segment of segments) {
    if (segment === '..') {
      if (kept.length === 0) return undefined;
      kept.pop();
    } else if (segment !== '.') kept.push(segment);
  }
  // A path ending in a dot segment names a directory: /429/.. is /.
  const last = segments[segments.length - 1];
  const slash = last === '' || last === '.' || last === '..';
  return `/${kept.filter((s) => s !== '').join('/')}${slash && kept.some((s) => s !== '') ? '/' : ''}`;
}

/**
 * The routing rules, as nginx applies them to the generated server block (nginx-config.ts):
 * `/x/` serves `x/index.html`, `/x` serves the file `x` or redirects to `/x/` when that is a
 * directory with an index, and everything else is not found. `isFile` answers for paths inside
 * the site's root (relative, with a leading slash); normalizePath keeps requests inside it.
 */
export function routePath(pathname: string, isFile: (path: string) => boolean): Route {
  const path = normalizePath(pathname);
  if (path === undefined) return { kind: 'bad-request' };
  if (NOT_SERVED.includes(path)) return { kind: 'not-found' };
  if (path.endsWith('/')) return isFile(`${path}index.html`) ? { kind: 'file', file: `${path}index.html` } : { kind: 'not-found' };
  if (isFile(path)) return { kind: 'file', file: path };
  if (isFile(`${path}/index.html`)) return { kind: 'redirect', location: `${encodeURI(path)}/` };
  return { kind: 'not-found' };
}
