/**
 * Every URL the site builds or serves, in one place: pages, the sitemap, the search code and
 * data and the serving policy import from here (the not-found script builds no URL at all). The page shapes are
 * permanent (people link to them from code reviews and runbooks), so change a function here
 * only to add a new kind of page. Pure, with no imports, so browser code and Node use it too.
 */

/** The cheatsheet. */
export const HOME = '/';

/** A code's permanent page: /429/. */
export function codePath(code: number): string {
  return `/${code}/`;
}

/** A code's row on the cheatsheet: /#429. */
export function codeAnchorPath(code: number): string {
  return `/#${code}`;
}

/** A class page: /4xx/. */
export function classPath(classId: string): string {
  return `/${classId}/`;
}

/** The id of the guide's first step (content/guide/start.yaml), which is served at /guide/. */
export const GUIDE_START = 'start';

/** The start of the decision guide, or one of its steps or recommendations: /guide/, /guide/auth/. */
export function guidePath(id?: string): string {
  return id && id !== GUIDE_START ? `/guide/${id}/` : '/guide/';
}

/**
 * The whole guide as one flowchart. A step or end with the id "map" would take the same URL:
 * the build fails on it (prerenderConflictBehavior in astro.config.mjs).
 */
export const GUIDE_MAP = '/guide/map/';

/** A side-by-side comparison: /compare/redirects/. */
export function comparePath(slug?: string): string {
  return slug ? `/compare/${slug}/` : '/compare/';
}

/** The message catalogue, or one source's page of messages: /messages/, /messages/nginx/. */
export function messagesPath(source?: string): string {
  return source ? `/messages/${source}/` : '/messages/';
}

/** One message, at its anchor on its source's page: /messages/nginx/#upstream-timed-out. */
export function messagePath(source: string, id: string): string {
  return `${messagesPath(source)}#${id}`;
}

/**
 * A source's messages for one code, listed together on its page: /messages/nginx/#status-502.
 * Messages that come with no fixed code or no response at all are under "any" and "none".
 */
export function sourceStatusPath(source: string, status: number | 'any' | 'none'): string {
  return `${messagesPath(source)}#${statusAnchor(status)}`;
}

/** The anchor of a code's group on a source's page: "status-502". */
export function statusAnchor(status: number | 'any' | 'none'): string {
  return `status-${status}`;
}

/** The header fields status codes depend on, or one field's page: /headers/, /headers/retry-after/. */
export function headerPath(slug?: string): string {
  return slug ? `/headers/${slug}/` : '/headers/';
}

/** What real HTTP clients do with every code, measured: the matrix and how it was made. */
export const CLIENTS = '/clients/';

/** What six API guidelines prescribe per code, and where they disagree: /guidelines/, /guidelines/#delete-missing. */
export const GUIDELINES = '/guidelines/';

/** The google.rpc.Code values and HTTP, both directions. */
export const GRPC = '/grpc/';

/** A part of one of the reference pages: a guide's rule, a disagreement, a gRPC code's row. */
export function referencePath(page: typeof GUIDELINES | typeof GRPC, anchor: string): string {
  return `${page}#${anchor}`;
}

/** What caches, CDNs and crawlers do with every code: measured caches, documented CDNs, and the RFCs. */
export const CACHING = '/caching/';

/** A code's row on /caching/: /caching/#404. */
export function cachingRowPath(code: number): string {
  return `${CACHING}#${code}`;
}

/**
 * Where the search form goes. With JavaScript the box answers in place and this page is never
 * reached; without it, this page says so and links every code.
 */
export const SEARCH = '/search/';

/** A search that opens with its results: /search/?q=rate+limit. */
export function searchPath(query: string): string {
  return `${SEARCH}?${new URLSearchParams({ q: query })}`;
}

/**
 * The stable anchors of a code page's sections (/429/#example). They never follow the visible
 * headings, so rewording a heading keeps every link people have shared.
 */
export const SECTIONS = {
  who: 'who-uses-it',
  examples: 'example',
  facts: 'facts-at-a-glance',
  headers: 'related-headers',
  confused: 'often-confused-with',
  compare: 'compare-side-by-side',
  meanings: 'other-meanings-in-the-wild',
  inCode: 'in-code',
  earlierNames: 'earlier-names',
  spec: 'specification',
  related: 'related-codes',
  messages: 'messages',
  clients: 'in-real-clients',
  picks: 'when-to-pick-which',
  askGuide: 'ask-the-guide',
  problem: 'problem-details',
  caching: 'caches-and-crawlers',
  apis: 'in-api-guidelines',
} as const;

export type SectionId = (typeof SECTIONS)[keyof typeof SECTIONS];

/** A section of a page: /429/#example. */
export function sectionPath(page: string, section: SectionId): string {
  return `${page}#${section}`;
}

/** A page's link-preview image: / → /og/index.png, /429/ → /og/429.png, /guide/auth/ → /og/guide/auth.png. */
export function ogImagePath(page: string): string {
  return `/og/${ogSlug(page)}.png`;
}

/** The image's name without folder and extension: the rest parameter of the image route. */
export function ogSlug(page: string): string {
  const trimmed = page.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}

/** The code a code page's path names (/429/ → 429), or undefined for any other path. */
export function codeFromPath(path: string): number | undefined {
  const match = /^\/(\d{3})\/?$/.exec(path);
  return match ? Number(match[1]) : undefined;
}

/** Files the site serves that are not pages. */
export const FILES = {
  /** The search data the header field loads on first use (src/pages/codes.json.ts). */
  searchData: '/codes.json',
  /** The messages' search data, loaded beside it (src/pages/search-messages.json.ts). */
  messageSearchData: '/search-messages.json',
  /** Which page each of Pagefind's result ids is, and which index chunk holds which words (src/lib/search/directory/). */
  fullTextDirectory: '/pagefind/directory.json',
  /** The message catalogue for tools, and the JSON Schema it follows. */
  messagesExport: '/messages.json',
  messagesSchema: '/messages.schema.json',
  /** The API guidelines' rules per code, and the gRPC mappings, for tools (src/pages/guidelines.json.ts, grpc.json.ts). */
  guidelinesExport: '/guidelines.json',
  grpcExport: '/grpc.json',
  /** The cache data per code for tools: measured caches, documented CDNs and crawlers (src/pages/caching.json.ts). */
  cachingExport: '/caching.json',
  /** The header fields by code and the problem-details examples, for tools (src/pages/headers.json.ts). */
  headersExport: '/headers.json',
  /** The sitemap and the robots file that points to it. */
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
  /** Lets browsers search the site from the address bar. */
  openSearch: '/opensearch.xml',
  favicon: '/favicon.svg',
  /** The same icon for browsers that ask for the old name whatever the page links, and for iOS. */
  faviconIco: '/favicon.ico',
  appleTouchIcon: '/apple-touch-icon.png',
  /** The web app manifest, and the icons it lists (src/pages/icons/). */
  manifest: '/manifest.webmanifest',
  /** The service worker that keeps the site at hand offline; at the root, so its scope is the whole site. */
  serviceWorker: '/sw.js',
  /** The page the service worker shows for a page it has not cached, offline. */
  offline: '/offline/',
  /** Every file a reader needs offline, with their size (src/integrations/offline-files.ts). */
  offlineList: '/offline.json',
  /** The one blocking script: the saved theme, the theme control and the copy buttons (public/). */
  headScript: '/head.js',
  /** The theme lines of head.js alone, for the not-found page (public/). */
  themeScript: '/theme.js',
  /** The not-found page, which servers send with status 404 for every unknown path. */
  notFound: '/404.html',
  /** The static hosts' header and redirect rules (src/server/static-host.ts); never served. */
  staticHeaders: '/_headers',
  staticRedirects: '/_redirects',
} as const;

/** Folders the build writes whole; the serving policy gives each its own caching. */
export const FOLDERS = {
  /** Astro's fingerprinted assets: file names carry a content hash. */
  assets: '/_astro/',
  /** Pagefind's index, written after the pages by src/integrations/search-index.ts. */
  pagefind: '/pagefind/',
  /** Link-preview images. */
  og: '/og/',
} as const;

/** Pagefind's entry script, loaded by the search UI on first use. */
export const PAGEFIND_SCRIPT = `${FOLDERS.pagefind}pagefind.js`;
