/**
 * Pagefind, the full-text half of search: loaded on first use, its start-up files fetched side by
 * side rather than one after another, and asked for the pages whose prose has a query's words.
 * A failed load is forgotten, and the next attempt asks for a fresh copy (a failed module import
 * stays failed otherwise).
 */
import { FOLDERS, PAGEFIND_SCRIPT } from '../lib/paths';
import type { BodyMatches, ReadQuery } from '../lib/search-engine';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string }>;
}
interface Pagefind {
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
/** A variable, so that neither Vite nor TypeScript tries to resolve the build's output. */
const SCRIPT: string = PAGEFIND_SCRIPT;

export interface FullText {
  body: BodyMatches;
  excerpts: Map<string, string>;
}

let loading: Promise<Pagefind> | undefined;
let attempts = 0;

/**
 * Pagefind reads its entry file, then its language's metadata and WebAssembly, and runs in a
 * worker: four round trips one after another on a cold start. Asking for them all at once puts
 * them in the HTTP cache (or in flight) by the time Pagefind asks.
 */
function prefetch(): void {
  const at = (file: string): string => `${FOLDERS.pagefind}${file}`;
  const low = { priority: 'low' } as RequestInit;
  void fetch(at('pagefind-worker.js'), low).catch(() => {});
  void fetch(at('pagefind-entry.json'), low)
    .then((r) => r.json() as Promise<{ languages: Record<string, { hash: string; wasm?: string }> }>)
    .then((entry) => {
      for (const language of Object.values(entry.languages)) {
        void fetch(at(`pagefind.${language.hash}.pf_meta`), low).catch(() => {});
        void fetch(at(`wasm.${language.wasm ?? 'unknown'}.pagefind`), low).catch(() => {});
      }
    })
    .catch(() => {});
}

/** Pagefind, loaded and initialised once; a rejected promise when it cannot load. */
export function loadPagefind(): Promise<Pagefind> {
  if (!loading && attempts === 0) prefetch();
  loading ??= (import(/* @vite-ignore */ attempts ? `${SCRIPT}?attempt=${attempts}` : SCRIPT) as Promise<Pagefind>)
    .then(async (pf) => {
      await pf.options({ excerptLength: 16 });
      await pf.init();
      return pf;
    })
    .catch((error: unknown) => {
      loading = undefined;
      attempts += 1;
      throw error;
    });
  return loading;
}

/**
 * Pagefind's pages for the query's words: all of them together, else each word alone. Null when a
 * newer keystroke replaced this query. Rejects when Pagefind cannot load.
 */
export async function fullText(query: ReadQuery, classId: string | undefined): Promise<FullText | null> {
  const pf = await loadPagefind();
  const options = classId ? { filters: { class: classId } } : {};
  const body: BodyMatches = new Map();
  const excerpts = new Map<string, string>();
  const read = async (results: PagefindResult[], terms: number[]): Promise<void> => {
    const pages = await Promise.all(results.slice(0, FULL_TEXT_RESULTS).map((r) => r.data()));
    pages.forEach((page, rank) => {
      const url = new URL(page.url, location.href).pathname;
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
