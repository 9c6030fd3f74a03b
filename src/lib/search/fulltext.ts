/**
 * The full-text half of search: Pagefind asked for the pages whose prose has a query's words, and
 * its answer read into the shape the ranking takes (src/lib/search/engine.ts). Given Pagefind as
 * an argument, so the browser (src/browser/search/pagefind.ts) and the node tests run the same code
 * against the same built index.
 */
import { pagePath, type FullTextDirectory } from './directory/types.ts';
import type { BodyMatches, ReadQuery } from './engine.ts';

interface PagefindResult {
  /** Pagefind's hash of the page: a key of the full-text directory. */
  id: string;
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
/** Full-text results counted per query. */
const FULL_TEXT_RESULTS = 10;

export interface FullText {
  body: BodyMatches;
  /**
   * Pagefind's excerpts of the given pages (those it matched), each one small request: asked for
   * after the results are shown, and only for rows whose own text does not show the words.
   */
  excerpts: (urls: readonly string[]) => Promise<Map<string, string>>;
}

/**
 * Pagefind's pages for the query's words: all of them together, else each word alone. Null when a
 * newer call replaced this one within the typing delay. `directory` names Pagefind's pages without
 * a request per page; a page it does not know (a directory older than the index) is asked for.
 */
export async function pagefindMatches(
  pf: Pagefind,
  directory: Pick<FullTextDirectory, 'pages'>,
  query: ReadQuery,
  classId: string | undefined,
): Promise<FullText | null> {
  const options = classId ? { filters: { class: classId } } : {};
  const body: BodyMatches = new Map();
  const byUrl = new Map<string, PagefindResult>();
  const read = async (results: PagefindResult[], terms: number[]): Promise<void> => {
    const top = results.slice(0, FULL_TEXT_RESULTS);
    const urls = await Promise.all(top.map(async (r) => directory.pages[r.id] ?? pagePath((await r.data()).url)));
    urls.forEach((url, rank) => {
      const found = body.get(url) ?? { terms: new Set<number>(), rank };
      for (const t of terms) found.terms.add(t);
      body.set(url, found);
      if (!byUrl.has(url)) byUrl.set(url, top[rank]!);
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
  const excerpts = async (urls: readonly string[]): Promise<Map<string, string>> => {
    const wanted = urls.flatMap((url) => {
      const result = byUrl.get(url);
      return result ? [[url, result] as const] : [];
    });
    return new Map(await Promise.all(wanted.map(async ([url, r]) => [url, (await r.data()).excerpt] as const)));
  };
  return { body, excerpts };
}
