/**
 * The byte budgets, in one place: the site tests check every build against them, the
 * benchmark prints them beside its measurements, and docs/performance.md points here. Gzip bytes of
 * what a page needs before it can render (HTML, CSS, JS run on load; see page-weight.ts).
 */
import { CACHING, CLIENTS, GUIDE_MAP, GUIDELINES, HOME, messagesPath } from '../../src/lib/site/paths.ts';

export const BUDGETS = {
  /**
   * Every page except those below, the code and class pages included: 13 KB, a kilobyte inside the
   * first round trip (about 14 KB: ten TCP segments), so a page's next part (the caches, the
   * headers it requires, a problem-details body) fits without a trim. What makes the room: each
   * kind of page has its own stylesheet (src/styles/kinds/), the site's own reset
   * (src/styles/preflight.css), component classes for rows repeated on every page, the search
   * panel's parts built by the code that uses them, and no script on load beyond public/head.js
   * and a few lines that fetch the search loader after the load event. Print styles are a file of
   * their own (media="print") and do not count.
   */
  page: 13 * 1024,
  /**
   * The cheatsheet lists every code with its phrase and summary (the summaries are about a third
   * of its bytes): one round trip, 14 KB.
   */
  cheatsheet: 14 * 1024,
  /** /clients/: the matrix of every code × ten clients, like the cheatsheet a table of everything. */
  clients: 20 * 1024,
  /**
   * /guidelines/: six guides' rules (about a hundred, each with its id, codes and our wording) and
   * the table of every code they name, a reference read by its anchors like a message source: about
   * 18 KB at its start.
   */
  guidelines: 20 * 1024,
  /**
   * /caching/: every code × seven measured caches (five marks a cell) and six CDNs (each cell a
   * link to the vendor's page), the crawler table and the list of differences from the RFCs: a
   * table of everything, like /clients/, and as heavy (about 17 KB when it was made).
   */
  caching: 20 * 1024,
  /** The guide's map (/guide/map/): the whole flowchart inline, as SVG text. */
  guideMap: 40 * 1024,
  /**
   * A source's page in the message catalogue (/messages/nginx/): every message of one server or
   * service with its causes, checks and fixes, read by its anchors. The longest is about 31 KB.
   */
  messageSource: 40 * 1024,
  /** JavaScript run on page load, on every page; search and copy load on first use. */
  jsOnLoad: 2 * 1024,
  /** A link-preview PNG: chat apps and social sites fetch it for every shared link. */
  ogImage: 80 * 1024,
  /**
   * One chunk of Pagefind's index, as sent (brotli): a query fetches one per word, after the
   * first keystroke, so on a slow link each costs its share of the wait for full-text results.
   * Pagefind's own chunks are about 23 KB; src/integrations/search-index.ts asks for smaller ones.
   */
  indexChunk: 8 * 1024,
} as const;

/**
 * Speed goals. Timings vary with the machine and its load, so they are measured and reported by
 * the benchmark (scripts/bench.ts), never asserted by tests.
 */
export const GOALS = {
  /** From the first keystroke after focusing the search field to the first result shown. */
  firstSearchMs: 100,
  /** From a later keystroke to its first result. */
  laterSearchMs: 30,
  /** On a slow link (400 kbit/s, 400 ms round trip), from the first keystroke to the first results… */
  slowFirstResultsMs: 1500,
  /** …and to the full-text results. */
  slowFullTextMs: 3000,
} as const;

/** The budget of a page by its path: the cheatsheet, the guide's map, /clients/, /caching/ and the catalogue's source pages have their own. */
export function budgetFor(path: string): number {
  if (path === HOME) return BUDGETS.cheatsheet;
  if (path === GUIDE_MAP) return BUDGETS.guideMap;
  if (path === CLIENTS) return BUDGETS.clients;
  if (path === GUIDELINES) return BUDGETS.guidelines;
  if (path === CACHING) return BUDGETS.caching;
  if (path.startsWith(messagesPath()) && path !== messagesPath()) return BUDGETS.messageSource;
  return BUDGETS.page;
}

/** "14 KB" */
export const kib = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;
