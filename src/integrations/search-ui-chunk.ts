import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ID = 'virtual:search-ui-url';
const RESOLVED = `\0${ID}`;
const UI = fileURLToPath(new URL('../browser/search/ui.ts', import.meta.url));

/**
 * `import uiUrl from 'virtual:search-ui-url'` gives the URL of the search UI, built as a chunk of
 * its own. The loader every page runs on load then imports that URL itself. Two costs of a plain
 * `import('./search-ui')` disappear from the on-load script: Vite wraps every dynamic import in its
 * module-preload helper (about 0.5 KB gzip, which no build setting removes), and modules the UI
 * shares with the loader are hoisted into the on-load chunk. The JS run on load has a 2 KB budget.
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
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (serving) return `export default ${JSON.stringify(`/@fs${UI}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: UI, name: 'search-ui' });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
