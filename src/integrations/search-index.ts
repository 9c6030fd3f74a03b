import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import * as pagefind from 'pagefind';
import { FOLDERS } from '../lib/paths.ts';

/**
 * Pagefind also writes its three ready-made search UIs and a highlighter; the site has its own
 * search UI (src/client/search-ui.ts) and loads none of them, so they are not deployed.
 */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/**
 * Builds the Pagefind index over the finished site, so a build is never served without search.
 * Only pages with `data-pagefind-body` are indexed. Every error Pagefind reports fails the build.
 */
export async function buildSearchIndex({ dir, logger }: Pick<HookParameters<'astro:build:done'>, 'dir' | 'logger'>): Promise<void> {
  const site = fileURLToPath(dir);
  // The folder the pages load Pagefind from (PAGEFIND_SCRIPT) and the serving policy caches.
  const out = join(site, FOLDERS.pagefind);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    const unused = (await readdir(out)).filter((f) => UNUSED.test(f));
    await Promise.all(unused.map((f) => rm(join(out, f))));
    logger.info(`indexed ${added.page_count} pages; left out Pagefind's unused UI files (${unused.length})`);
  } finally {
    await pagefind.close();
  }
}
