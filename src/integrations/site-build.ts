import type { AstroIntegration } from 'astro';
import { serveLastIndex } from './dev-search.ts';
import { moveNotFoundPage } from './not-found-page.ts';
import { buildSearchIndex } from './search-index.ts';
import { writeServingFiles } from './serving-files.ts';
import { writeOfflineFiles } from './offline-files.ts';
import { siteUrlWarning } from '../lib/site/origin.ts';

/**
 * What happens to the built site after Astro writes it, in this order, each step needing the
 * one before: the not-found page moves to 404.html (so the index never sees it as a page), the
 * search index is built over the final pages, the service worker and the offline list are made
 * over every file (the index's among them), and only then is every file compressed and the
 * static-host files written (the index's and the worker's files need compressing and routing too).
 */
export function siteBuild(): AstroIntegration {
  let outDir: URL | undefined;
  const steps = [moveNotFoundPage, buildSearchIndex, writeOfflineFiles, writeServingFiles];
  return {
    name: 'site-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:server:setup': ({ server, logger }) => {
        if (outDir) serveLastIndex(server, logger, outDir);
      },
      'astro:build:start': ({ logger }) => {
        const warning = siteUrlWarning();
        if (warning) logger.warn(warning);
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const step of steps) await step({ dir, logger });
      },
    },
  };
}
