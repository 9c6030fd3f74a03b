import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import type { HookParameters } from 'astro';
import { CLASSES } from '../lib/site/classes.ts';
import { classPath, FILES, FOLDERS, guidePath, HOME } from '../lib/site/paths.ts';
import { NOT_SERVED, PRECOMPRESS } from '../server/policy.ts';

/** The service worker's code, to which the build's own facts are prepended. */
const WORKER_SOURCE = fileURLToPath(new URL('../browser/offline/service-worker.js', import.meta.url));

/** Every cache the worker makes starts with this; the rest is the build's version. */
export const CACHE_PREFIX = 'site-';

/** Where a visit starts: cached when the worker installs, before any of them is visited. */
export const PRECACHED_PAGES = [HOME, ...CLASSES.map((c) => classPath(c.id)), guidePath(), FILES.offline];

/** Text the pages carry where the size of "every page offline" goes (src/components/site/SaveOffline.astro). */
export const OFFLINE_SIZE_SLOT = '%OFFLINE_SIZE%';

/** What /offline.json holds: the list the "available offline" control fetches. */
export interface OfflineList {
  cache: string;
  pages: number;
  /** About what the download costs: text files as brotli (the servers send .br), the rest as they are. */
  bytes: number;
  files: string[];
}

/** "2.4 MB" */
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * After the search index is written and before files are compressed: writes the service worker
 * (sw.js: the build's cache name and precache list, then src/browser/offline/service-worker.js), the list
 * of every file a reader needs offline (offline.json: pages, search data and code, Pagefind's
 * index; not the link-preview images, which only chat apps fetch), and the size of that list
 * into the pages that offer it. The cache name is a hash of every file's content, so each
 * deployment gets its own cache and the worker removes the others.
 */
export async function writeOfflineFiles({ dir, logger }: Pick<HookParameters<'astro:build:done'>, 'dir' | 'logger'>): Promise<void> {
  const root = fileURLToPath(dir);
  const all = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((f) => f.isFile())
    .map((f) => `/${relative(root, join(f.parentPath, f.name)).split(sep).join('/')}`)
    .filter((p) => !/\.(br|gz)$/.test(p) && !NOT_SERVED.includes(p) && p !== FILES.serviceWorker)
    .sort();
  const url = (file: string): string => (file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);
  const pages = all.filter((f) => f.endsWith('/index.html')).map(url);
  const data = [FILES.searchData, FILES.messageSearchData];
  const icons = all.filter((f) => f.startsWith('/icons/'));
  const shell = [FILES.headScript, FILES.themeScript, FILES.favicon, FILES.manifest, FILES.appleTouchIcon, ...icons];
  const assets = all.filter((f) => f.startsWith(FOLDERS.assets));
  const pagefind = all.filter((f) => f.startsWith(FOLDERS.pagefind));
  const missing = PRECACHED_PAGES.filter((p) => !pages.includes(p));
  if (missing.length > 0) throw new Error(`offline-files: pages to precache were not built: ${missing.join(', ')}`);

  const hash = createHash('sha256');
  for (const file of all) hash.update(file).update(await readFile(join(root, file)));
  const cache = `${CACHE_PREFIX}${hash.digest('hex').slice(0, 16)}`;

  const everything = [...pages, ...data, ...shell, ...assets, ...pagefind];
  let bytes = 0;
  for (const file of everything) {
    const path = file.endsWith('/') ? `${file}index.html` : file;
    const body = await readFile(join(root, path));
    // A quicker brotli level than the served files' 11: within a few per cent, in a fraction of the time.
    const text = PRECOMPRESS.includes(path.split('.').pop() ?? '');
    bytes += text ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }).length : body.length;
  }
  const list: OfflineList = { cache, pages: pages.length, bytes, files: everything };
  await writeFile(join(root, FILES.offlineList), JSON.stringify(list));

  const build = {
    cache,
    prefix: CACHE_PREFIX,
    worker: FILES.serviceWorker,
    offline: FILES.offline,
    precache: [...PRECACHED_PAGES, ...data, ...shell, ...assets],
    // Files kept once fetched: everything of the site but its pages, which the worker handles apart.
    keep: [FOLDERS.assets, FOLDERS.pagefind, '/icons/', ...data, ...shell],
  };
  const source = await readFile(WORKER_SOURCE, 'utf8');
  await writeFile(join(root, FILES.serviceWorker), `const BUILD = ${JSON.stringify(build)};\n${source}`);

  const size = `${pages.length} pages, ${megabytes(bytes)}`;
  for (const file of all.filter((f) => f.endsWith('.html'))) {
    const path = join(root, file);
    const html = await readFile(path, 'utf8');
    if (html.includes(OFFLINE_SIZE_SLOT)) await writeFile(path, html.replaceAll(OFFLINE_SIZE_SLOT, size));
  }
  logger.info(`wrote ${FILES.serviceWorker} (cache ${cache}, ${build.precache.length} files precached) and ${FILES.offlineList} (${size})`);
}
