/* global BUILD */
/**
 * The service worker (served at /sw.js, its scope the whole site) that keeps the reference at
 * hand offline. src/integrations/offline-files.ts writes it into dist/ after the build, with
 * BUILD (the build's cache name, what to precache and where the offline page is) prepended, so
 * a new deployment is a new sw.js, which browsers fetch on the next visit (it is sent no-cache).
 *
 * - Installing caches what a visit needs: the cheatsheet, the class pages, the guide's start, the
 *   offline page, the search data and code, the stylesheets and scripts. The new worker takes
 *   over at once and removes every older build's cache, so no reader stays on an old copy.
 * - Pages come from the network first (a reader online always gets the current page) and are
 *   kept as they are visited; offline, a kept page is shown, else the offline page, which lists
 *   what is kept.
 * - Other files of the site (hashed assets, Pagefind's index, the search data) come from the
 *   cache first and are kept once fetched: within a build their content never changes, so
 *   full-text search works offline for whatever it has fetched before.
 *
 * Plain JavaScript, served as written: a service worker's globals are not a page's, and it must
 * not be bundled with the pages' code.
 */
const CACHE = BUILD.cache;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // Past the HTTP cache, which may still hold the previous deployment's pages for minutes.
      .then((cache) => cache.addAll(BUILD.precache.map((url) => new Request(url, { cache: 'no-cache' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(BUILD.prefix) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname === BUILD.worker) return;
  if (request.mode === 'navigate') event.respondWith(page(request, url));
  else if (BUILD.keep.some((prefix) => url.pathname.startsWith(prefix))) event.respondWith(file(request, url));
});

/**
 * Network first, revalidated (a 304 costs little), so a page is never an older deployment's
 * copy from the HTTP cache; a page that answers 200 is kept under its path (a shared /?q=…
 * search is the page /).
 */
async function page(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(new Request(request, { cache: 'no-cache' }));
    if (response.status === 200) await cache.put(url.pathname, response.clone());
    return response;
  } catch {
    const slash = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    return (await cache.match(url.pathname)) ?? (await cache.match(slash)) ?? (await cache.match(BUILD.offline)) ?? Response.error();
  }
}

/**
 * Cache first; a file that answers 200 is kept under its path. The site's files never vary by
 * query, and Pagefind asks for its entry file with a new ?ts= each time, so queries are ignored.
 */
async function file(request, url) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(url.pathname);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.status === 200) await cache.put(url.pathname, response.clone());
  return response;
}
