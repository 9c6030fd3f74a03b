import { rename, rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';

/**
 * Astro writes any page at the path /404 to `404.html`, the file servers and static hosts use
 * for unknown URLs. This site needs both: `/404/` is the 404 Not Found code page (a permanent
 * link), and `404.html` is the site's not-found page. So the not-found page is built at
 * /not-found/ (src/pages/not-found.astro) and moved to `404.html` once the build is done.
 */
export async function moveNotFoundPage({ dir, logger }: Pick<HookParameters<'astro:build:done'>, 'dir' | 'logger'>): Promise<void> {
  const from = fileURLToPath(new URL('not-found/index.html', dir));
  const to = fileURLToPath(new URL('404.html', dir));
  await stat(from).catch(() => {
    throw new Error(`The not-found page was not built: ${from} is missing`);
  });
  await rename(from, to);
  await rm(fileURLToPath(new URL('not-found/', dir)), { recursive: true });
  logger.info('moved /not-found/ to 404.html');
}
