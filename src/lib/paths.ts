/**
 * Every URL the site builds, in one place: pages, the sitemap, the search UI and the
 * not-found script all import from here. The shapes are permanent (people link to them from
 * code reviews and runbooks), so change a function here only to add a new kind of page.
 * Pure, with no imports from Astro, so the browser code and Node can use it too.
 */

/** The cheatsheet. */
export const HOME = '/';

/** A code's permanent page: /429/. */
export function codePath(code: number): string {
  return `/${code}/`;
}

/** A code's row on the cheatsheet: /#429. */
export function codeAnchorPath(code: number): string {
  return `/#${code}`;
}

/** A class page: /4xx/. */
export function classPath(classId: string): string {
  return `/${classId}/`;
}

/** The start of the decision guide, or one of its steps: /guide/, /guide/auth/. */
export function guidePath(step?: string): string {
  return step ? `/guide/${step}/` : '/guide/';
}

/** A side-by-side comparison: /compare/redirects/. */
export function comparePath(slug?: string): string {
  return slug ? `/compare/${slug}/` : '/compare/';
}

/** What real HTTP clients do with every code, measured: the matrix and how it was made. */
export const CLIENTS = '/clients/';

/**
 * Where the search form goes. With JavaScript the box answers in place and this page is never
 * reached; without it, this page says so and links every code.
 */
export const SEARCH = '/search/';

/** A search that opens with its results: /search/?q=rate+limit. */
export function searchPath(query: string): string {
  return `${SEARCH}?${new URLSearchParams({ q: query })}`;
}

/** A page's link-preview image: / → /og/index.png, /429/ → /og/429.png, /guide/auth/ → /og/guide/auth.png. */
export function ogImagePath(page: string): string {
  return `/og/${ogSlug(page)}.png`;
}

/** The image's name without folder and extension: the rest parameter of the image route. */
export function ogSlug(page: string): string {
  const trimmed = page.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}

/** The code a code page's path names (/429/ → 429), or undefined for any other path. */
export function codeFromPath(path: string): number | undefined {
  const match = /^\/(\d{3})\/?$/.exec(path);
  return match ? Number(match[1]) : undefined;
}
