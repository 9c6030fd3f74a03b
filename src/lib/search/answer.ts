/**
 * What the search box shows for a query, as data: the results, how they were reached, and the
 * sentence that describes them. Pure, so the node tests check exactly what a visitor sees, and
 * the browser code (src/browser/search/ui.ts) only turns it into elements.
 *
 * Results hold still: the list a visitor has seen keeps its order when more results arrive
 * (full-text matches, the messages' data); new results are added below it (`settle`).
 */
import { classPath, guidePath, HOME } from '../site/paths.ts';
import {
  codesStartingWith,
  highlightParts,
  missingCode,
  nearestTitles,
  rank,
  readQuery,
  knownWeight,
  type BodyMatches,
  type Ranked,
  type ReadQuery,
  type SearchIndex,
  type SearchItem,
} from './engine.ts';

/** A result row: the item, and Pagefind's excerpt when the words matched in the page text. */
export interface Hit {
  item: SearchItem;
  excerpt?: string;
}

/** What a search found and how to describe it. */
export interface Answer {
  hits: Hit[];
  query?: ReadQuery;
  /** Some words matched, but no result matches them all. */
  partial?: boolean;
  missing?: { code: number; classId?: string };
  /** Full-text search could not load: only names, terms and summaries were searched. */
  fullTextFailed?: boolean;
  /** Pagefind's matches are counted in this answer. */
  fullTextMerged?: boolean;
}

/** The most rows shown. */
export const MAX_RESULTS = 12;
const NUMBER_PREFIX = /^\d{1,3}$/;

/** The answer from the search data alone, at once. With `exact`, words are taken as typed. */
export function answerFor(raw: string, index: SearchIndex, { exact = false } = {}): Answer {
  const typed = raw.trim();
  if (NUMBER_PREFIX.test(typed)) {
    const query = readQuery(typed, index);
    const missing = missingCode(query, index);
    return { hits: codesStartingWith(typed, index).map((item) => ({ item })), query, ...(missing && { missing }) };
  }
  const query = readQuery(raw, index, { exact });
  return fromRanking(query, rank(index, query), index);
}

/**
 * Whether a query has words that full-text search could add matches for. A query of one- and
 * two-letter words alone is still being typed: every page's prose has words that start with
 * "t", Pagefind takes longer to list them than the keystroke may wait, and the next letter
 * replaces them anyway. The names, terms and summaries answer it.
 */
export function wantsFullText(raw: string, answer: Answer): boolean {
  return answer.query !== undefined && !NUMBER_PREFIX.test(raw.trim()) && answer.query.words.some((w) => w.length >= MIN_FULL_TEXT_WORD);
}

/** The shortest word Pagefind is asked about (the chunks are fetched from the same length, see warmChunksFor). */
export const MIN_FULL_TEXT_WORD = 3;

/** The answer with Pagefind's full-text matches counted, and its excerpts. */
export function withFullText(answer: Answer, index: SearchIndex, body: BodyMatches, excerpts: ReadonlyMap<string, string>): Answer {
  if (!answer.query) return answer;
  return { ...fromRanking(answer.query, rank(index, answer.query, body), index, excerpts), fullTextMerged: true };
}

/**
 * Whether a row should show where the words matched in its page: when its own title and summary
 * do not show them, Pagefind's excerpt explains why the row is there.
 */
export function wantsExcerpt({ item }: Hit, query: ReadQuery): boolean {
  return !highlightParts(`${item.title} ${item.summary}`, query).some((p) => p.match);
}

/**
 * When the best result of a query of three or more words matches only one of them, and no more
 * than half of what the query could match, it is a coincidence ("table" of "' OR 1=1; DROP TABLE
 * users"): saying that no code matches is more honest than a dozen arbitrary codes.
 */
const MIN_COVERAGE = 0.5;
/** Messages among the first rows of an answer to a question in words (not a pasted message). */
const MESSAGES_ON_TOP = 1;
const TOP = 3;

function fromRanking(query: ReadQuery, all: Ranked[], index: SearchIndex, excerpts?: ReadonlyMap<string, string>): Answer {
  const top = all[0];
  const weight = knownWeight(index, query);
  // Words scattered in the prose (no page has them all) do not turn a coincidence into a match.
  const coincidence =
    top !== undefined &&
    top.priority === 0 &&
    query.terms.length >= 3 &&
    !query.pasted &&
    top.count - top.scattered.count < 2 &&
    top.matched - top.scattered.matched <= MIN_COVERAGE * weight;
  const ranked = coincidence ? [] : diversify(all, query);
  const partial = top !== undefined && query.terms.length > 1 && query.numbers.length === 0 && !top.complete && !query.pasted;
  const hits = ranked.map(({ item }) => {
    const excerpt = excerpts?.get(item.url);
    return excerpt === undefined ? { item } : { item, excerpt };
  });
  return { hits, query, partial };
}

/**
 * A question in words is answered best by code pages, comparisons and the guide; the messages
 * that match it too are worth a look, but after them: at most one message among the first rows.
 * A pasted message, or a key (1020, H12), asks for the message itself, so those keep their order.
 */
function diversify(ranked: Ranked[], query: ReadQuery): Ranked[] {
  if (query.pasted || query.keyed.length > 0) return ranked;
  const top: Ranked[] = [];
  const later: Ranked[] = [];
  for (const r of ranked) {
    const isMessage = r.item.kind === 'message';
    if (top.length < TOP && (!isMessage || top.filter((t) => t.item.kind === 'message').length < MESSAGES_ON_TOP)) top.push(r);
    else later.push(r);
  }
  return [...top, ...later];
}

/**
 * The rows to show after an update: the rows already shown keep their places (a visitor may be
 * reading or pointing at them), refreshed with any excerpt the update brings; the update's other
 * rows follow, in its order, up to the limit.
 */
export function settle(shown: readonly Hit[], update: readonly Hit[], limit = MAX_RESULTS): Hit[] {
  const fresh = new Map(update.map((h) => [h.item.url, h]));
  const kept = shown.map((h) => fresh.get(h.item.url) ?? h);
  const seen = new Set(kept.map((h) => h.item.url));
  return [...kept, ...update.filter((h) => !seen.has(h.item.url))].slice(0, Math.max(limit, kept.length));
}

/** One piece of the status sentence: text, the query echoed (isolated), a link, or the "search as typed" button. */
export type StatusPart =
  | { kind: 'text'; text: string }
  | { kind: 'query'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'link'; href: string; text: string }
  | { kind: 'exact'; text: string };

export interface StatusContext {
  /** The rows shown, after the filters. */
  count: number;
  /** " (4xx, unofficial only)" when filters narrow the list. */
  scope: string;
  /** More results are still on their way (full text, the messages): never say "nothing" yet. */
  pending: boolean;
  /** The visitor chose to search the words as typed. */
  exact: boolean;
  /** The class ids, for the "browse a class" links. */
  classIds: readonly string[];
}

const text = (t: string): StatusPart => ({ kind: 'text', text: t });

/** The status line under the search field: how many results, how the query was read, or why there are none. */
export function describe(raw: string, answer: Answer, index: SearchIndex, ctx: StatusContext): StatusPart[] {
  const echoed = raw.trim().slice(0, 60);
  const quoted = (): StatusPart[] => [text('“'), { kind: 'query', text: echoed }, text('”')];
  const parts: StatusPart[] = [];
  if (answer.missing) {
    const { code, classId } = answer.missing;
    parts.push(text(`There is no ${code} in the registry or in this reference.`));
    if (classId) parts.push(text(' '), { kind: 'link', href: classPath(classId), text: `See all ${classId} codes` }, text('.'));
    else parts.push(text(' Status codes run from 100 to 599.'));
    return parts;
  }
  const corrections = answer.query?.corrections ?? [];
  if (corrections.length > 0 && !ctx.exact) {
    parts.push(text('Showing results for '), { kind: 'strong', text: answer.query?.words.join(' ') ?? '' }, text('. '));
    parts.push({ kind: 'exact', text: `Search for “${echoed}” instead` }, text('. '));
  }
  if (ctx.count === 0 && ctx.pending) {
    parts.push(text('Searching for '), ...quoted(), text('…'));
  } else if (ctx.count === 0) {
    parts.push(text('No code matches '), ...quoted(), text(`${ctx.scope}. `));
    if (answer.query?.foreignScript) parts.push(text('This reference is written in English: try the code’s number or English words. '));
    const near = answer.query && answer.query.words.length > 0 ? nearestTitles(index, raw).filter((i) => i.code !== undefined) : [];
    if (near.length > 0) {
      parts.push(text('Did you mean '));
      near.forEach((item, i) =>
        parts.push(text(i === 0 ? '' : ', '), { kind: 'link', href: item.url, text: `${item.code} ${item.title}` }),
      );
      parts.push(text('? '));
    }
    parts.push(text('Try '), { kind: 'link', href: guidePath(), text: 'the guide' }, text(', browse '), {
      kind: 'link',
      href: HOME,
      text: 'the cheatsheet',
    });
    parts.push(text(' or a class: '));
    ctx.classIds.forEach((id, i) => parts.push(text(i === 0 ? '' : ', '), { kind: 'link', href: classPath(id), text: id }));
    parts.push(text('.'));
  } else {
    parts.push(text(`${ctx.count} ${ctx.count === 1 ? 'result' : 'results'} for `), ...quoted(), text(ctx.scope));
    if (answer.partial) parts.push(text(': no page has every word, so the closest matches come first'));
    parts.push(text('.'));
  }
  if (answer.fullTextFailed) {
    parts.push(text(' Full-text search could not load, so only names and summaries were searched; type again to retry.'));
  }
  return parts;
}

/** What parses HTML into an inert document: the browser's DOMParser, or a DOM library's in the tests. */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document;
}

/**
 * Pagefind's excerpt is page text with <mark> around the matched words. It is parsed as an inert
 * document (no script runs, nothing loads) and read back as text, keeping only which parts were
 * marked, so nothing in an excerpt can become markup on the page.
 */
export function excerptParts(excerpt: string, parser: HtmlParser): { text: string; mark: boolean }[] {
  const body = parser.parseFromString(`<!doctype html><html><body>${excerpt}</body></html>`, 'text/html').body;
  const parts: { text: string; mark: boolean }[] = [];
  for (const node of body.childNodes) {
    const part = { text: node.textContent ?? '', mark: node.nodeName === 'MARK' };
    const last = parts.at(-1);
    // Some parsers split text at entities ("a &amp; b"): neighbours of one kind are one part.
    if (last && last.mark === part.mark) last.text += part.text;
    else if (part.text !== '') parts.push(part);
  }
  return parts;
}
