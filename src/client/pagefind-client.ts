/**
 * Pagefind, the full-text half of search: loaded on first use, its start-up files fetched side by
 * side rather than one after another, and asked for the pages whose prose has a query's words.
 * A failed load is forgotten, and the next attempt asks for a fresh copy (a failed module import
 * stays failed otherwise).
 */
import { FOLDERS, PAGEFIND_SCRIPT } from '../lib/paths';
import type { ReadQuery } from '../lib/search-engine';
import { pagefindMatches, type FullText, type Pagefind } from '../lib/search-fulltext';

export type { FullText };

/** A variable, so that neither Vite nor TypeScript tries to resolve the build's output. */
const SCRIPT: string = PAGEFIND_SCRIPT;

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
 * Pagefind's pages for the query's words (src/lib/search-fulltext.ts). Null when a newer keystroke
 * replaced this query. Rejects when Pagefind cannot load.
 */
export async function fullText(query: ReadQuery, classId: string | undefined): Promise<FullText | null> {
  return pagefindMatches(await loadPagefind(), query, classId, location.href);
}
