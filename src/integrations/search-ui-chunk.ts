import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Each virtual module gives the URL of one file built as a chunk of its own. */
const CHUNKS: Record<string, { file: string; name: string }> = {
  'virtual:search-ui-url': { file: fileURLToPath(new URL('../browser/search/ui.ts', import.meta.url)), name: 'search-ui' },
  'virtual:search-loader-url': { file: fileURLToPath(new URL('../browser/search/loader.ts', import.meta.url)), name: 'search-loader' },
};

/**
 * `import uiUrl from 'virtual:search-ui-url'` gives the URL of the search UI, built as a chunk of
 * its own, and `virtual:search-loader-url` the URL of the loader that prepares it. The few lines
 * every page runs on load (Search.astro) import the loader by URL once the page has loaded, and
 * the loader imports the UI the same way. Two costs of a plain `import('./loader')` disappear
 * from the on-load script: Vite wraps every dynamic import in its module-preload helper (about
 * 0.5 KB gzip, which no build setting removes), and modules shared between chunks are hoisted
 * into the on-load chunk. What a page needs before it can render has a budget
 * (scripts/harness/budgets.ts), and neither the loader nor the UI is needed for that.
 * In `astro dev` the URL is the source file, which Vite serves as a module.
 */
export function searchUiChunk(): Plugin {
  let serving = false;
  return {
    name: 'search-ui-chunk',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id in CHUNKS ? `\0${id}` : undefined;
    },
    load(id) {
      const chunk = id.startsWith('\0') ? CHUNKS[id.slice(1)] : undefined;
      if (!chunk) return undefined;
      if (serving) return `export default ${JSON.stringify(`/@fs${chunk.file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: chunk.file, name: chunk.name });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
