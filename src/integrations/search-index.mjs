// @ts-check
import { readdir, readFile, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Pagefind also writes its three ready-made search UIs and a highlighter; the site has its own
 * search UI (src/client/search-ui.ts) and loads none of them, so they are not deployed.
 */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/**
 * Builds the Pagefind index over the finished site, so a build is never served without search.
 * Only pages with `data-pagefind-body` are indexed. Every error Pagefind reports fails the build.
 * @param {{ dir: URL, logger: import('astro').AstroIntegrationLogger }} build
 */
export async function buildSearchIndex({ dir, logger }) {
  const site = fileURLToPath(dir);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    const unused = (await readdir(join(site, 'pagefind'))).filter((f) => UNUSED.test(f));
    await Promise.all(unused.map((f) => rm(join(site, 'pagefind', f))));
    logger.info(`indexed ${added.page_count} pages; left out Pagefind's unused UI files (${unused.length})`);
  } finally {
    await pagefind.close();
  }
}

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm' };

/**
 * `astro dev` has no search index of its own: serve the last build's dist/pagefind, so search
 * works while writing content (against the content of that build). Without a build, the
 * search box says search could not load.
 * @param {{ server: import('vite').ViteDevServer, logger: import('astro').AstroIntegrationLogger }} setup
 * @param {URL} outDir
 */
export function serveLastIndex({ server, logger }, outDir) {
  const root = fileURLToPath(new URL('pagefind/', outDir));
  logger.info(`search in dev uses the last build's index in ${root} (npm run build to refresh it)`);
  server.middlewares.use('/pagefind/', (req, res, next) => {
    const name = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/').replace(/^\/+/, '');
    if (name.includes('..')) return next();
    readFile(join(root, name)).then(
      (body) => {
        res.setHeader('Content-Type', TYPES[/** @type {keyof typeof TYPES} */ (extname(name))] ?? 'application/octet-stream');
        res.end(body);
      },
      () => next(),
    );
  });
}
