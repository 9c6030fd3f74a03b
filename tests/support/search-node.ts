/**
 * The site's search, run in node over the built site: the same data files, the same engine and
 * answer code (src/lib/search/*.ts) and Pagefind's own script and index from dist/, read from disk
 * instead of over HTTP. What a visitor sees once results settle is what these functions return.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FILES, FOLDERS, PAGEFIND_SCRIPT } from '../../src/lib/site/paths.ts';
import { answerFor, settle, wantsExcerpt, wantsFullText, withFullText, type Answer, type Hit } from '../../src/lib/search/answer.ts';
import type { FullTextDirectory } from '../../src/lib/search/directory/types.ts';
import { buildIndex, type SearchData, type SearchIndex } from '../../src/lib/search/engine.ts';
import { pagefindMatches, type Pagefind } from '../../src/lib/search/fulltext.ts';
import { repoPath } from '../../scripts/harness/repo.ts';

export const DIST = repoPath('dist');

const fromDist = (path: string): string => join(DIST, ...path.split('/').filter(Boolean));

async function readJson<T>(path: string): Promise<T> {
  try {
    return JSON.parse(await readFile(fromDist(path), 'utf8')) as T;
  } catch (error) {
    throw new Error(`${path} is missing from dist/: build the site first (npx astro build)`, { cause: error });
  }
}

/** The paths under dist/pagefind/ Pagefind has asked for, in order (see pagefindRequests). */
const requested: string[] = [];
let serving = false;

/** Pagefind fetches its index files next to its script: answer those from dist/ on disk. */
function serveDistToPagefind(): void {
  if (serving) return;
  serving = true;
  const networkFetch = globalThis.fetch;
  const folder = `${pathToFileURL(fromDist(FOLDERS.pagefind)).href}/`;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return networkFetch(input, init);
    if (url.href.startsWith(folder)) requested.push(url.href.slice(folder.length).replace(/\?.*$/, ''));
    try {
      return new Response(await readFile(url));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

export interface NodeSearch {
  /** The index once the messages' data has arrived. */
  index: SearchIndex;
  /** The index before it: the codes' data alone (the first keystrokes on a slow link). */
  codesOnly: SearchIndex;
  pagefind: Pagefind;
  directory: FullTextDirectory;
}

let loaded: Promise<NodeSearch> | undefined;

export function loadSearch(): Promise<NodeSearch> {
  loaded ??= (async () => {
    const codes = await readJson<SearchData>(FILES.searchData);
    const messages = await readJson<SearchData>(FILES.messageSearchData);
    const directory = await readJson<FullTextDirectory>(FILES.fullTextDirectory);
    serveDistToPagefind();
    const pf = await startPagefind();
    // The debounce waits for the next keystroke; a test types each query once.
    const pagefind: Pagefind = { ...pf, debouncedSearch: (term, opts) => pf.search(term, opts) };
    return {
      index: buildIndex({ ...codes, items: [...codes.items, ...messages.items] }),
      codesOnly: buildIndex(codes),
      pagefind,
      directory,
    };
  })();
  return loaded;
}

let instances = 0;

/** A Pagefind of its own (a fresh module: nothing loaded yet), over dist/. */
async function startPagefind(): Promise<Pagefind> {
  serveDistToPagefind();
  instances += 1;
  const pf = (await import(`${pathToFileURL(fromDist(PAGEFIND_SCRIPT)).href}?instance=${instances}`)) as Pagefind;
  // Page URLs as the browser gets them ("/504/"): without baseUrl, Pagefind would build them on the file path.
  await pf.options({ excerptLength: 16, basePath: pathToFileURL(fromDist(FOLDERS.pagefind)).href, baseUrl: '/' });
  await pf.init();
  return pf;
}

/**
 * A fresh Pagefind, and the files (paths in its folder) it asks for from now on: what a
 * visitor's browser would fetch for the searches run on it.
 */
export async function pagefindRequests(): Promise<{ pagefind: Pagefind; since: () => string[] }> {
  const pagefind = await startPagefind();
  let from = requested.length;
  return {
    pagefind,
    since: () => {
      const asked = requested.slice(from);
      from = requested.length;
      return asked;
    },
  };
}

export interface Searched {
  /** The first list on screen, from the data alone (see search). */
  first: Answer;
  /** The answer with Pagefind's full-text matches. */
  full: Answer;
  /** The rows on screen once everything has arrived: rows already shown keep their places. */
  settled: Hit[];
}

/**
 * One query, as the search box answers it (src/browser/search/ui.ts), without the filters, with
 * the later data arriving as late as it can: the first rows from the codes' data alone (a query
 * that may be a message waits for the messages' data instead), then the messages' data, then
 * Pagefind's full-text matches; rows already shown keep their places.
 */
export async function search(raw: string): Promise<Searched> {
  const { index, codesOnly, pagefind, directory } = await loadSearch();
  const withMessages = answerFor(raw, index);
  const early = answerFor(raw, codesOnly);
  const first = early.query?.pasted ? withMessages : early;
  const shown = settle(settle([], first.hits), withMessages.hits);
  if (!wantsFullText(raw, withMessages) || !withMessages.query) return { first, full: withMessages, settled: shown };
  const query = withMessages.query;
  const found = await pagefindMatches(pagefind, directory, query, query.classId);
  if (!found) return { first, full: withMessages, settled: shown };
  // The ranking first; then the excerpts of the rows whose own text does not show the words.
  const ranked = settle(shown, withFullText(withMessages, index, found.body, new Map()).hits);
  const excerpts = await found.excerpts(ranked.filter((h) => wantsExcerpt(h, query)).map((h) => h.item.url));
  const full = withFullText(withMessages, index, found.body, excerpts);
  return { first, full, settled: settle(ranked, full.hits) };
}

/** The URLs of the first `n` settled rows. */
export const topUrls = (s: Searched, n = 3): string[] => s.settled.slice(0, n).map((h) => h.item.url);
