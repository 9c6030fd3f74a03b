/**
 * The full-text directory: what the search box needs to know about Pagefind's index before
 * Pagefind has started. Pagefind names each page by a hash and fetches a fragment file to learn
 * its URL, and it learns which index chunk holds which words only after its WebAssembly has
 * loaded; on a slow link those are whole round trips. The build reads both facts from Pagefind's
 * own files (src/integrations/search-index.ts) into one small JSON file, so the search box can
 * rank Pagefind's answer without the fragments and fetch a query's chunks while Pagefind loads.
 */

export interface IndexChunk {
  /** The first and last word the chunk holds (Pagefind's order: plain string comparison). */
  from: string;
  to: string;
  /** The chunk's file in Pagefind's folder, index/<hash>.pf_index. */
  hash: string;
}

export interface FullTextDirectory {
  /** Pagefind's page hash (a result's id) → the page's path. */
  pages: Record<string, string>;
  chunks: IndexChunk[];
}

/** Pagefind's entry file, pagefind/pagefind-entry.json: its index and WebAssembly per language. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/** A page's path from the URL Pagefind gives it ("/504/", or absolute with a base URL set). */
export const pagePath = (url: string): string => new URL(url, 'http://x').pathname;
