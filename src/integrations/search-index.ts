import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { HookParameters } from 'astro';
import * as pagefind from 'pagefind';
import { FILES, FOLDERS } from '../lib/site/paths.ts';
import { fragmentPath, metaChunks, pagefindContent } from '../lib/search/directory/read.ts';
import type { FullTextDirectory, PagefindEntry } from '../lib/search/directory/types.ts';

/**
 * Pagefind also writes its three ready-made search UIs, a highlighter and a web worker; the site
 * has its own search UI (src/browser/search/ui.ts) and runs Pagefind on the page
 * (src/browser/search/pagefind.ts), so none of them is deployed.
 */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\./;

/**
 * Word positions per index chunk. Pagefind's default, 20,000, suits big sites: here it makes six
 * chunks of about 23 KB, and a two-word query fetched two of them (46 KB, near a second on a slow
 * link) after the first keystroke. At 2,000 a chunk is about 3 KB and a query's chunks a fifth of
 * that. Pagefind 1.6 reads the size from this environment variable only (it calls it unstable),
 * so the chunk budget in the site tests (BUDGETS.indexChunk) fails if a later Pagefind ignores it.
 */
const INDEX_CHUNK_WORD_POSITIONS = '2000';

/**
 * Builds the Pagefind index over the finished site, so a build is never served without search.
 * Only pages with `data-pagefind-body` are indexed. Every error Pagefind reports fails the build.
 */
export async function buildSearchIndex({ dir, logger }: Pick<HookParameters<'astro:build:done'>, 'dir' | 'logger'>): Promise<void> {
  const site = fileURLToPath(dir);
  // The folder the pages load Pagefind from (PAGEFIND_SCRIPT) and the serving policy caches.
  const out = join(site, FOLDERS.pagefind);
  // Read by the pagefind binary, which the Node API starts with this process's environment.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = INDEX_CHUNK_WORD_POSITIONS;
  // A section's own link reads "Link to the section …" to a screen reader; in an excerpt it is noise.
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.anchor-link'] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    const unused = (await readdir(out)).filter((f) => UNUSED.test(f));
    await Promise.all(unused.map((f) => rm(join(out, f))));
    const directory = await readDirectory(out);
    await writeFile(join(site, FILES.fullTextDirectory), JSON.stringify(directory));
    logger.info(
      `indexed ${added.page_count} pages in ${directory.chunks.length} chunks; left out Pagefind's files the site does not use (${unused.length})`,
    );
  } finally {
    await pagefind.close();
  }
}

/** Pagefind's page hashes and index chunks, read from the files it wrote (src/lib/search/directory/read.ts). */
async function readDirectory(out: string): Promise<FullTextDirectory> {
  const content = async (path: string): Promise<Uint8Array> => pagefindContent(gunzipSync(await readFile(join(out, path))), path);
  const entry = JSON.parse(await readFile(join(out, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const languages = Object.entries(entry.languages);
  // The search box predicts one language's chunks; a second language would need its own list.
  if (languages.length !== 1) throw new Error(`Pagefind indexed ${languages.length} languages; the site is written in one`);
  const [, language] = languages[0]!;
  const chunks = metaChunks(await content(`pagefind.${language.hash}.pf_meta`));
  const fragments = (await readdir(join(out, 'fragment'))).filter((f) => f.endsWith('.pf_fragment'));
  const pages: Record<string, string> = {};
  for (const file of fragments.sort()) pages[file.replace(/\.pf_fragment$/, '')] = fragmentPath(await content(`fragment/${file}`), file);
  return { pages, chunks };
}
