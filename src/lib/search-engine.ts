/**
 * The search behind the header field, as pure functions over the search data (/codes.json):
 * the browser answers every keystroke from here at once, and Pagefind's full-text matches
 * (the entries' prose) are merged in when they arrive. Nothing here touches the page, so the
 * unit tests run the same code the visitor does.
 *
 * Why not Pagefind alone: it needs every word of a query to match and has no typo tolerance,
 * so one unexpected word ("payment needed") or one slip ("forbiden") leaves a reader with
 * nothing. Here a query is read word by word: numbers and classes are taken literally, framing
 * words are dropped, misspelt words are corrected against the site's own vocabulary, and
 * results are ranked by how many of the words they match and where.
 */
import { classIdOf } from './classes.ts';
import { allowedEdits, editDistance, FILLER, normalizeText, stem, terms, words } from './search-text.ts';

/** One result the search can show: a code page, or a page that weighs several codes. */
export interface SearchItem {
  url: string;
  kind: 'code' | 'compare' | 'guide';
  /** The phrase of a code, the title of another page. */
  title: string;
  summary: string;
  /** The code of a code page. */
  code?: number;
  /** The codes a comparison or guide page is about. */
  codes?: number[];
  classId?: string;
  /** The name of its class: "Redirection", "Server Error". */
  className?: string;
  unofficial?: boolean;
  /** Words people type for it (the entry's searchTerms). */
  terms?: string[];
  /** Earlier reason phrases ("Payload Too Large"). */
  names?: string[];
  /** Other meanings vendors give the number ("Redirect" for Exchange's 451). */
  meanings?: string[];
  /** Header fields that go with it. */
  headers?: string[];
  /** Who uses an unofficial code: "nginx", "Cloudflare". */
  origins?: string[];
}

/** What /codes.json holds. */
export interface SearchData {
  items: SearchItem[];
  /**
   * The other words of the pages' text, space-separated: a correctly spelt word from the prose
   * is never "corrected", and a misspelt one can be corrected to it (Pagefind then finds it).
   */
  text?: string;
}

/**
 * How much a match counts, by where it is: a code's own name over the words people use for
 * it, over header names, over its class and summary, over the rest of its page (Pagefind's
 * matches).
 * The same order as the Pagefind weights on the code page (PAGEFIND_WEIGHTS).
 */
export const FIELD_WEIGHTS = {
  title: 10,
  names: 8,
  terms: 7,
  headers: 6,
  meanings: 4,
  origins: 4,
  className: 4,
  summary: 3,
  body: 2,
} as const;
type Field = Exclude<keyof typeof FIELD_WEIGHTS, 'body'>;

/**
 * The `data-pagefind-weight` of each part of a page (Pagefind's default is 1). `number` is for
 * code numbers inside a page about several codes, so that a number finds its own page first.
 */
export const PAGEFIND_WEIGHTS = { title: 10, terms: 6, summary: 5, names: 4, headers: 3, number: 0.5 } as const;

interface IndexedItem {
  item: SearchItem;
  /** Each field's weight and its texts as term sequences, for word and phrase matches. */
  fields: { weight: number; phrases: string[][] }[];
  /** Every term of the item with the weight of the best field it appears in. */
  best: Map<string, number>;
}

export interface SearchIndex {
  items: IndexedItem[];
  byUrl: Map<string, IndexedItem>;
  /**
   * The words of names, terms, headers and summaries, with how often each occurs and its stem:
   * what a misspelt word is corrected to.
   */
  vocabulary: Map<string, { count: number; stem: string }>;
  /** The other words of the pages' prose: known, so never corrected, but no correction target. */
  text: Set<string>;
  /** Every term, with how rare it is across items (rarer counts more). */
  rarity: Map<string, number>;
  knownCodes: Set<number>;
}

export function buildIndex(data: SearchData): SearchIndex {
  const vocabulary = new Map<string, number>();
  const spread = new Map<string, number>();
  const items = data.items.map((item): IndexedItem => {
    const texts: Record<Field, string[]> = {
      title: [item.title],
      names: item.names ?? [],
      meanings: item.meanings ?? [],
      terms: item.terms ?? [],
      headers: item.headers ?? [],
      origins: item.origins ?? [],
      className: item.className ? [item.className] : [],
      summary: [item.summary],
    };
    const best = new Map<string, number>();
    const fields = (Object.keys(texts) as Field[]).map((field) => {
      const weight = FIELD_WEIGHTS[field];
      const phrases = texts[field].map((text) => {
        for (const w of words(text)) if (!/^\d+$/.test(w)) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
        const seq = terms(text);
        for (const t of seq) best.set(t, Math.max(best.get(t) ?? 0, weight));
        return seq;
      });
      return { weight, phrases };
    });
    for (const t of best.keys()) spread.set(t, (spread.get(t) ?? 0) + 1);
    return { item, fields, best };
  });
  const text = new Set((data.text ?? '').split(' ').filter((w) => w !== '' && !vocabulary.has(w)));
  const rarity = new Map([...spread].map(([t, n]) => [t, Math.log(1 + items.length / n)]));
  const known = new Map([...vocabulary].map(([w, count]) => [w, { count, stem: stem(w) }]));
  const knownCodes = new Set(data.items.flatMap((i) => (i.code === undefined ? [] : [i.code])));
  return { items, byUrl: new Map(items.map((i) => [i.item.url, i])), vocabulary: known, text, rarity, knownCodes };
}

export interface Correction {
  from: string;
  to: string;
}

/** A query, read: what it asks for and how it was understood. */
export interface ReadQuery {
  /** The query as typed, normalised. */
  text: string;
  /** Three-digit codes the query names. */
  numbers: number[];
  /** A class the query names ("4xx"). */
  classId?: string;
  /** The words that count, as the visitor meant them (corrected), filler left out. */
  words: string[];
  /** Their terms (stemmed), in order, for matching. */
  terms: string[];
  corrections: Correction[];
}

const CLASS_WORD = /^[1-5]xx$/;
const CODE_WORD = /^\d{3}$/;

/**
 * Reads a query. A word the site never uses is replaced by the nearest word it does use, when
 * that is one edit away (two for words of 8 letters or more); numbers are never changed. With
 * `exact`, words are taken as typed.
 */
export function readQuery(raw: string, index: SearchIndex, { exact = false } = {}): ReadQuery {
  // A query is at most 200 characters: enough for any question, and cheap to match.
  const text = normalizeText(raw).slice(0, 200);
  const all = words(text);
  const numbers = all.filter((w) => CODE_WORD.test(w)).map(Number);
  const classId = all.find((w) => CLASS_WORD.test(w));
  const rest = all.filter((w) => !CODE_WORD.test(w) && !CLASS_WORD.test(w));
  const meaningful = rest.filter((w) => !FILLER.has(w));
  // A query of framing words only ("status codes") still searches for them.
  const kept = meaningful.length > 0 || numbers.length > 0 || classId ? meaningful : rest;
  const corrections: Correction[] = [];
  const understood = kept.map((word, i) => {
    if (exact) return word;
    const corrected = correct(word, index, i === kept.length - 1);
    if (corrected !== word) corrections.push({ from: word, to: corrected });
    return corrected;
  });
  // A misspelt framing word ("whta") corrects to one ("what"), which then does not count.
  const counted = understood.filter((w, i) => !FILLER.has(w) || FILLER.has(kept[i] ?? ''));
  return { text, numbers, ...(classId && { classId }), words: counted, terms: counted.map(stem), corrections };
}

/** The word as the visitor meant it: itself when the site knows it, else the nearest known word. */
function correct(word: string, index: SearchIndex, last: boolean): string {
  const allowed = allowedEdits(word);
  if (allowed === 0 || index.rarity.has(stem(word)) || index.vocabulary.has(word) || index.text.has(word)) return word;
  // The word being typed may be the start of a known word ("rate lim").
  if (last && [...index.rarity.keys()].some((t) => t.startsWith(stem(word)))) return word;
  // Compared as typed and as stems, so "responding" finds "response" (respond ~ respons)
  // rather than a word that merely looks alike.
  const root = stem(word);
  let found = word;
  let bestDistance = allowed + 1;
  let bestCount = 0;
  for (const [candidate, { count, stem: candidateRoot }] of index.vocabulary) {
    if (candidate.length < 3 || FILLER.has(candidate)) continue;
    const limit = Math.min(allowed, bestDistance);
    const rootDistance = editDistance(root, candidateRoot, 1);
    const distance = Math.min(editDistance(word, candidate, limit), rootDistance <= 1 ? rootDistance : Infinity);
    if (distance < bestDistance || (distance === bestDistance && distance <= allowed && count > bestCount)) {
      found = candidate;
      bestDistance = distance;
      bestCount = count;
    }
  }
  return bestDistance <= allowed ? found : word;
}

/** Full-text matches from Pagefind: which query terms matched a page's text, and how well it ranked. */
export type BodyMatches = Map<string, { terms: Set<number>; rank: number }>;

export interface Ranked {
  item: SearchItem;
  /** 2 for a comparison of the codes the query names, 1 for a named code, 0 otherwise. */
  priority: number;
  /** How much of the query it matches: each matched word counts by how rare it is on the site. */
  matched: number;
  /** Whether it matches every word of the query. */
  complete: boolean;
  score: number;
}

/**
 * Every item that matches at least one word, best first: comparisons of the named codes, then
 * named codes, then by how much of the query matches (each word weighted by how rare it is on
 * the site, so "authorised" outweighs "page"), then by where the words match.
 */
export function rank(index: SearchIndex, query: ReadQuery, body: BodyMatches = new Map()): Ranked[] {
  const named = new Set(query.numbers);
  const ranked: Ranked[] = [];
  for (const indexed of index.items) {
    const { item } = indexed;
    if (query.classId && item.classId !== query.classId) continue;
    let matched = 0;
    let count = 0;
    let score = 0;
    query.terms.forEach((term, i) => {
      const last = i === query.terms.length - 1;
      let weight = indexed.best.get(term) ?? 0;
      const own = index.rarity.get(term);
      let rarity = own ?? 1;
      // A word still being typed, or a long word, may be the start of a longer one; a long
      // word may also be the root of a negated one ("authorised" in "unauthorized").
      if (weight === 0 && (last || term.length >= 5)) {
        for (const [t, w] of indexed.best) {
          if ((t.startsWith(term) || (term.length >= 6 && t.endsWith(term))) && 0.7 * w > weight) {
            weight = 0.7 * w;
            // A word the site never uses whole counts as much as the word it is part of.
            rarity = own ?? index.rarity.get(t) ?? 1;
          }
        }
      }
      // A word found only in the prose counts, but as weaker evidence than a name or a term.
      let evidence = weight > 0 ? 1 : 0;
      const hit = body.get(item.url);
      if (hit?.terms.has(i) && weight < FIELD_WEIGHTS.body) {
        weight = FIELD_WEIGHTS.body * (1 + 1 / (1 + hit.rank));
        evidence = 0.5;
      }
      if (weight > 0) {
        count += 1;
        matched += evidence * rarity;
        score += weight * rarity;
      }
    });
    score += phraseBonus(indexed, query.terms);
    // A code's own page answers most queries best; a comparison or a guide recommendation that
    // matches as well comes right after it. Between a registered and an unofficial code that
    // match equally, the registered one is what most readers need (vendor names, when typed,
    // still decide through coverage).
    if (item.kind !== 'code') score *= 0.75;
    if (item.unofficial) score *= 0.9;
    const isNamed = item.code !== undefined && named.has(item.code);
    const weighs = item.kind === 'compare' && named.size >= 2 && [...named].every((c) => item.codes?.includes(c));
    if (matched === 0 && !isNamed && !weighs && !(query.terms.length === 0 && query.classId)) continue;
    ranked.push({ item, priority: weighs ? 2 : isNamed ? 1 : 0, matched, complete: count === query.terms.length, score });
  }
  return ranked.sort(
    (a, b) => b.priority - a.priority || b.matched - a.matched || b.score - a.score || (a.item.code ?? 1000) - (b.item.code ?? 1000),
  );
}

/** Extra weight when several query words stand together in a field as they do in the query. */
function phraseBonus(indexed: IndexedItem, query: string[]): number {
  if (query.length < 2) return 0;
  let bonus = 0;
  for (const { weight, phrases } of indexed.fields) {
    for (const phrase of phrases) {
      if (phrase.length < 2) continue;
      if (phrase.length === query.length && phrase.every((t, i) => t === query[i])) bonus = Math.max(bonus, weight * phrase.length * 3);
      else if (contains(query, phrase)) bonus = Math.max(bonus, weight * phrase.length * 1.5);
      else if (contains(phrase, query)) bonus = Math.max(bonus, weight * query.length);
    }
  }
  return bonus;
}

function contains(haystack: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    if (needle.every((t, j) => haystack[i + j] === t)) return true;
  }
  return false;
}

/** The pages whose names are closest to a query that matched nothing, for "did you mean". */
export function nearestTitles(index: SearchIndex, raw: string, count = 3): SearchItem[] {
  const grams = trigrams(normalizeText(raw));
  if (grams.size === 0) return [];
  return index.items
    .map(({ item }) => {
      const other = trigrams(normalizeText(item.title));
      const shared = [...grams].filter((g) => other.has(g)).length;
      return { item, similarity: shared / (grams.size + other.size - shared) };
    })
    .filter((s) => s.similarity > 0)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, count)
    .map((s) => s.item);
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text.replace(/[^a-z0-9]+/g, ' ')} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** A three-digit number the site has no page for, and the class page to offer instead. */
export function missingCode(query: ReadQuery, index: SearchIndex): { code: number; classId?: string } | undefined {
  if (query.words.length > 0 || query.numbers.length !== 1) return undefined;
  const [code = 0] = query.numbers;
  if (index.knownCodes.has(code)) return undefined;
  const classId = classIdOf(code);
  return classId ? { code, classId } : { code };
}

/** The codes a bare number prefix ("40", "5") stands for, in numeric order. */
export function codesStartingWith(prefix: string, index: SearchIndex): SearchItem[] {
  return index.items
    .map((i) => i.item)
    .filter((item) => item.code !== undefined && String(item.code).startsWith(prefix))
    .sort((a, b) => (a.code ?? 0) - (b.code ?? 0));
}

/** Splits text into plain and matched parts, where a part matches when it starts a query word. */
export function highlightParts(text: string, query: ReadQuery): { text: string; match: boolean }[] {
  const targets = [...query.words, ...query.numbers.map(String)]
    .filter((w) => w.length > 1)
    .map((w) => stem(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (targets.length === 0) return [{ text, match: false }];
  const pattern = new RegExp(`\\b(${targets.join('|')})[\\w'-]*`, 'gi');
  const parts: { text: string; match: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false });
    parts.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
