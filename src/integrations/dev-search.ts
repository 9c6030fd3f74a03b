import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import { FOLDERS } from '../lib/site/paths.ts';
import { contentTypeFor } from '../server/policy.ts';

type Setup = HookParameters<'astro:server:setup'>;

/**
 * `astro dev` has no search index of its own: serve the last build's dist/pagefind, so search
 * works while writing content (against the content of that build), with the content types the
 * serving policy gives those files. Without a build, the search box says search could not load.
 */
export function serveLastIndex(server: Pick<Setup['server'], 'middlewares'>, logger: Pick<Setup['logger'], 'info'>, outDir: URL): void {
  const root = fileURLToPath(new URL(FOLDERS.pagefind.slice(1), outDir));
  logger.info(`search in dev uses the last build's index in ${root} (npm run build to refresh it)`);
  server.middlewares.use(FOLDERS.pagefind, (req, res, next) => {
    const name = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/').replace(/^\/+/, '');
    if (name.split('/').includes('..')) return next();
    readFile(join(root, name)).then(
      (body) => {
        res.setHeader('Content-Type', contentTypeFor(extname(name).slice(1)));
        res.end(body);
      },
      () => next(),
    );
  });
}
