/**
 * The full-text half of search: Pagefind asked for the pages whose prose has a query's words, and
 * its answer read into the shape the ranking takes (src/lib/search-engine.ts). Given Pagefind as
 * an argument, so the browser (src/client/pagefind-client.ts) and the node tests run the same code
 * against the same built index.
 */
import type { BodyMatches, ReadQuery } from './search-engine.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string }>;
}
export interface Pagefind {
  options: (opts: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** Resolves to null when a newer call replaced this one within the delay. */
  debouncedSearch: (
    term: string,
    opts: { filters?: Record<string, string> },
    delayMs: number,
  ) => Promise<{ results: PagefindResult[] } | null>;
  search: (term: string, opts: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

/** Pagefind waits this long for the next keystroke; the list from the data is already shown. */
const TYPING_DELAY_MS = 60;
/** Full-text results read per query: each is one small request. */
const FULL_TEXT_RESULTS = 10;

export interface FullText {
  body: BodyMatches;
  excerpts: Map<string, string>;
}

/**
 * Pagefind's pages for the query's words: all of them together, else each word alone. Null when a
 * newer call replaced this one within the typing delay. `base` resolves Pagefind's page URLs.
 */
export async function pagefindMatches(pf: Pagefind, query: ReadQuery, classId: string | undefined, base: string): Promise<FullText | null> {
  const options = classId ? { filters: { class: classId } } : {};
  const body: BodyMatches = new Map();
  const excerpts = new Map<string, string>();
  const read = async (results: PagefindResult[], terms: number[]): Promise<void> => {
    const pages = await Promise.all(results.slice(0, FULL_TEXT_RESULTS).map((r) => r.data()));
    pages.forEach((page, rank) => {
      const url = new URL(page.url, base).pathname;
      const found = body.get(url) ?? { terms: new Set<number>(), rank };
      for (const t of terms) found.terms.add(t);
      body.set(url, found);
      if (!excerpts.has(url)) excerpts.set(url, page.excerpt);
    });
  };
  const together = await pf.debouncedSearch(query.words.join(' '), options, TYPING_DELAY_MS);
  if (together === null) return null;
  await read(
    together.results,
    query.words.map((_, i) => i),
  );
  if (together.results.length === 0 && query.words.length > 1) {
    const alone = await Promise.all(query.words.map((w) => pf.search(w, options)));
    await Promise.all(alone.map((r, i) => read(r.results, [i])));
  }
  return { body, excerpts };
}
