/**
 * The pages of the built site, read from dist/sitemap.xml, so that tests which walk "every page"
 * cover new kinds of page (guide steps, comparisons) the moment the sitemap lists them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../../scripts/harness/repo.ts';

export const DIST = repoPath('dist');

/** Every path in the sitemap, in its order: "/", "/1xx/", "/100/", … */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

/** The built HTML of a page path: /429/ → dist/429/index.html. */
export function builtHtml(path: string): string {
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}
