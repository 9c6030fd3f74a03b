/**
 * The site's search, run in node over the built site: the same data files, the same engine and
 * answer code (src/lib/search-*.ts) and Pagefind's own script and index from dist/, read from disk
 * instead of over HTTP. What a visitor sees once results settle is what these functions return.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FILES, FOLDERS, PAGEFIND_SCRIPT } from '../../src/lib/paths.ts';
import { answerFor, settle, wantsFullText, withFullText, type Answer, type Hit } from '../../src/lib/search-answer.ts';
import { buildIndex, type SearchData, type SearchIndex } from '../../src/lib/search-engine.ts';
import { pagefindMatches, type Pagefind } from '../../src/lib/search-fulltext.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');
/** Where the built site is pretended to live; Pagefind resolves its page URLs against it. */
const ORIGIN = 'http://site.test';

const fromDist = (path: string): string => join(DIST, ...path.split('/').filter(Boolean));

async function readJson<T>(path: string): Promise<T> {
  try {
    return JSON.parse(await readFile(fromDist(path), 'utf8')) as T;
  } catch (error) {
    throw new Error(`${path} is missing from dist/: build the site first (npx astro build)`, { cause: error });
  }
}

/** Pagefind fetches its index files next to its script: answer those from dist/ on disk. */
function serveDistToPagefind(): void {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return networkFetch(input, init);
    try {
      return new Response(await readFile(url));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

export interface NodeSearch {
  /** The index as the search box builds it, from the codes' and the messages' data. */
  index: SearchIndex;
  pagefind: Pagefind;
}

let loaded: Promise<NodeSearch> | undefined;

export function loadSearch(): Promise<NodeSearch> {
  loaded ??= (async () => {
    const codes = await readJson<SearchData>(FILES.searchData);
    const messages = await readJson<SearchData>(FILES.messageSearchData);
    serveDistToPagefind();
    const pf = (await import(pathToFileURL(fromDist(PAGEFIND_SCRIPT)).href)) as Pagefind;
    await pf.options({ excerptLength: 16, basePath: pathToFileURL(fromDist(FOLDERS.pagefind)).href });
    await pf.init();
    // The debounce waits for the next keystroke; a test types each query once.
    const pagefind: Pagefind = { ...pf, debouncedSearch: (term, opts) => pf.search(term, opts) };
    return {
      index: buildIndex({ ...codes, items: [...codes.items, ...messages.items] }),
      pagefind,
    };
  })();
  return loaded;
}

export interface Searched {
  /** The first list on screen, from the data alone. */
  first: Answer;
  /** The answer with Pagefind's full-text matches. */
  full: Answer;
  /** The rows on screen once everything has arrived: rows already shown keep their places. */
  settled: Hit[];
}

/**
 * One query, as the search box answers it (src/client/search-ui.ts), without the filters: the
 * first rows from the data (codes and messages), then Pagefind's full-text matches below them.
 */
export async function search(raw: string): Promise<Searched> {
  const { index, pagefind } = await loadSearch();
  const first = answerFor(raw, index);
  if (!wantsFullText(raw, first) || !first.query) return { first, full: first, settled: settle([], first.hits) };
  const found = await pagefindMatches(pagefind, first.query, first.query.classId, `${ORIGIN}/`);
  const full = found ? withFullText(first, index, found.body, found.excerpts) : first;
  return { first, full, settled: settle(settle([], first.hits), full.hits) };
}

/** The URLs of the first `n` settled rows. */
export const topUrls = (s: Searched, n = 3): string[] => s.settled.slice(0, n).map((h) => h.item.url);
