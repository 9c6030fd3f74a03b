/**
 * Pagefind, the full-text half of search: loaded on first use, its start-up files fetched side by
 * side rather than one after another, and asked for the pages whose prose has a query's words.
 * A failed load is forgotten, and the next attempt asks for a fresh copy (a failed module import
 * stays failed otherwise).
 */
import { FILES, FOLDERS, PAGEFIND_SCRIPT } from '../../lib/site/paths.ts';
import { chunksFor, pagefindWords } from '../../lib/search/directory/chunks.ts';
import type { FullTextDirectory, PagefindEntry } from '../../lib/search/directory/types.ts';
import { MIN_FULL_TEXT_WORD } from '../../lib/search/answer.ts';
import type { ReadQuery } from '../../lib/search/engine.ts';
import { pagefindMatches, type FullText, type Pagefind } from '../../lib/search/fulltext.ts';

export type { FullText };

/** A variable, so that neither Vite nor TypeScript tries to resolve the build's output. */
const SCRIPT: string = PAGEFIND_SCRIPT;

let loading: Promise<{ pf: Pagefind; directory: FullTextDirectory }> | undefined;
let directory: Promise<FullTextDirectory> | undefined;
let attempts = 0;
const fetched = new Map<string, Promise<void>>();

const at = (file: string): string => `${FOLDERS.pagefind}${file}`;
/**
 * Fills the HTTP cache (or joins a request in flight) ahead of Pagefind, which asks for the same
 * URL. Resolves once the whole file is in; a failure is forgotten, so the next use asks again.
 */
const warm = (url: string): Promise<void> => {
  let done = fetched.get(url);
  if (!done) {
    done = fetch(url)
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${url}: ${r.status}`))))
      .then(() => undefined);
    done.catch(() => fetched.delete(url));
    fetched.set(url, done);
  }
  return done;
};

/**
 * Pagefind reads its entry file, then its language's metadata and WebAssembly: three round trips
 * one after another on a cold start. Asking for them all at once puts them in the HTTP cache (or
 * in flight) by the time Pagefind asks. Resolves once they are in.
 */
async function prefetch(): Promise<void> {
  // The WebAssembly, the largest file, is named after the page's language (<html lang>, which
  // Pagefind reads too): asked for now, it does not wait a round trip for the entry file. The
  // site tests check that the name is the one the entry file gives.
  const early = warm(at(`wasm.${document.documentElement.lang.toLowerCase()}.pagefind`)).catch(() => {});
  const response = await fetch(at('pagefind-entry.json'));
  if (!response.ok) throw new Error(`${at('pagefind-entry.json')}: ${response.status}`);
  const entry = (await response.json()) as PagefindEntry;
  await Promise.all([
    early,
    ...Object.values(entry.languages).flatMap((language) => [
      warm(at(`pagefind.${language.hash}.pf_meta`)),
      warm(at(`wasm.${language.wasm ?? 'unknown'}.pagefind`)),
    ]),
  ]);
}

function loadDirectory(): Promise<FullTextDirectory> {
  directory ??= fetch(FILES.fullTextDirectory).then((r) =>
    r.ok ? (r.json() as Promise<FullTextDirectory>) : Promise.reject(new Error(`${FILES.fullTextDirectory}: ${r.status}`)),
  );
  directory.catch(() => (directory = undefined));
  return directory;
}

/**
 * Pagefind and its directory, loaded and initialised once, its start-up files in: a rejected
 * promise when they cannot load.
 */
export function loadPagefind(): Promise<{ pf: Pagefind; directory: FullTextDirectory }> {
  const script = attempts ? `${SCRIPT}?attempt=${attempts}` : SCRIPT;
  loading ??= Promise.all([
    // Its files are asked for at once; starting its WebAssembly waits for a moment when the page
    // is idle, so it never holds up the answer to the keystroke that started it (on a slow link
    // the files take far longer than that moment).
    (import(/* @vite-ignore */ script) as Promise<Pagefind>).then(async (pf) => {
      await idle();
      // On the page's own thread: a search of this small index takes a few milliseconds there, and
      // Pagefind's worker would be one more script to fetch (11 KB, a fifth of a second on a slow
      // link) before the first full-text answer.
      await pf.options({ excerptLength: 16, noWorker: true });
      await pf.init();
      return pf;
    }),
    loadDirectory(),
    prefetch(),
  ])
    .then(([pf, dir]) => ({ pf, directory: dir }))
    .catch((error: unknown) => {
      loading = undefined;
      attempts += 1;
      throw error;
    });
  return loading;
}

/** The index chunks of these words (Pagefind's own choice, see chunksFor), fetched. */
async function chunksOf(words: string[]): Promise<void> {
  const { chunks } = await loadDirectory();
  await Promise.all(chunksFor(words, chunks).map((hash) => warm(at(`index/${hash}.pf_index`))));
}

/**
 * Starts fetching the index chunks a query's words will need while Pagefind is still loading
 * (it can only choose them once its WebAssembly runs): on a slow link the chunks are most of the
 * wait. Words of fewer than three letters are still being typed, and would fetch chunks the
 * finished word may not need.
 */
export function warmChunksFor(query: ReadQuery): void {
  const words = pagefindWords(query.words).filter((w) => w.length >= MIN_FULL_TEXT_WORD);
  if (words.length > 0) chunksOf(words).catch(() => {});
}

/**
 * Pagefind's pages for the query's words (src/lib/search/fulltext.ts). Null when a newer keystroke
 * replaced this query. Rejects when Pagefind cannot load, or cannot load a chunk the query needs:
 * Pagefind itself would search without it and quietly find less (offline, for one).
 */
export async function fullText(query: ReadQuery, classId: string | undefined): Promise<FullText | null> {
  const { pf, directory: dir } = await loadPagefind();
  const [found] = await Promise.all([pagefindMatches(pf, dir, query, classId), chunksOf(pagefindWords(query.words))]);
  return found;
}

/** Resolves when the browser has a moment with nothing to do (at the latest after a fifth of a second). */
export function idle(): Promise<void> {
  return new Promise((done) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => done(), { timeout: 200 });
    else setTimeout(done, 0);
  });
}
