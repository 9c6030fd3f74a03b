/**
 * The search behind the header field, as pure functions over the search data (/codes.json):
 * the browser answers every keystroke from here at once, and Pagefind's full-text matches
 * (the entries' prose) are merged in when they arrive. Nothing here touches the page, so the
 * unit tests run the same code the visitor does.
 *
 * Why not Pagefind alone: it needs every word of a query to match and has no typo tolerance,
 * so one unexpected word ("payment needed") or one slip ("forbiden") leaves a reader with
 * nothing. Here a query is read token by token: a vendor's error code or a library constant is
 * looked up whole, log noise (timestamps, addresses, ids, paths) is dropped, numbers and classes
 * are taken literally, framing words are dropped, misspelt words are corrected against the site's
 * own vocabulary, and results are ranked by how many of the words they match and where.
 */
import { classIdOf } from '../site/classes.ts';
import {
  compact,
  hasNonLatinLetters,
  identifierForms,
  isNoise,
  keyForm,
  looksLikeIdentifier,
  splitCamel,
  trimToken,
  withoutInvisibles,
  isIdWord,
  templatePattern,
  type Template,
  mayNameMessage,
  printedByMachine,
} from './paste.ts';
import { allowedEdits, editDistance, FILLER, normalizeText, stem, termsOf, words } from './text.ts';
import { FIELD_WEIGHTS } from './weights.ts';

/** One result the search can show: a code page, a page that weighs several codes, or a reference page (/guidelines/, /grpc/). */
export interface SearchItem {
  url: string;
  kind: 'code' | 'compare' | 'guide' | 'header' | 'message' | 'reference' | 'caching';
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
  /** Who uses an unofficial code: "nginx", "Cloudflare"; the source of a message. */
  origins?: string[];
  /** The library constants a code page lists, current and former: "http.StatusNotFound". */
  constants?: string[];
  /** A message's own code at its source: "1020", "H12", "AH01102". */
  key?: string;
  /** A message's text as it appears, placeholders left out. */
  text?: string;
  /** The kinds of value a message's text varies in ("method", "path"): a query's own value fills them. */
  slots?: string[];
}

/** What /codes.json holds (and /search-messages.json, which has items only). */
export interface SearchData {
  items: SearchItem[];
  /**
   * The other words of the pages' text, space-separated: a correctly spelt word from the prose
   * is never "corrected", and a misspelt one can be corrected to it (Pagefind then finds it).
   */
  text?: string;
}

type Field = Exclude<keyof typeof FIELD_WEIGHTS, 'body'>;

interface IndexedItem {
  item: SearchItem;
  /** Each field's weight and its texts as term sequences, for word and phrase matches. */
  fields: { weight: number; phrases: string[][] }[];
  /** Every term of the item with the weight of the best field it appears in. */
  best: Map<string, number>;
  /** A message's text as a pattern that finds it whole in a paste (see templatePattern). */
  template?: Template;
  /**
   * A message's text without placeholders, as a pattern, when it is long enough to be one
   * message's (see WHOLE_TEXT_WORDS): looked for in pastes only.
   */
  whole?: Template;
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
  /** Every word of the pages' prose, as the search data lists them (`text` is those not in the vocabulary). */
  prose: string[];
  /** Every word the site uses (vocabulary and prose), sorted: to tell a word being typed from one the site never uses. */
  sortedWords: string[];
  /** Every term, with how rare it is across items (rarer counts more). */
  rarity: Map<string, number>;
  /** How many items each term is in, from which rarity follows. */
  spread: Map<string, number>;
  knownCodes: Set<number>;
  /** Every form of every constant and name (compact, see identifierForms) → the codes it names. */
  identifiers: Map<string, Set<number>>;
  /** A message's key (see keyForm) → the messages with it. */
  keys: Map<string, IndexedItem[]>;
  /** The first word of each code's phrase as written ("Bad") → the phrases it starts, as words, and their codes. */
  headings: Map<string, { phrase: string[]; code: number }[]>;
}

/** A message's summary (`Cannot ‹method› ‹path›`, see src/pages/search-messages.json.ts) as text and placeholders. */
function summaryParts(summary: string): { text: string; placeholder: boolean }[] {
  return summary.split(/‹([a-z]+)›/).map((text, i) => ({ text, placeholder: i % 2 === 1 }));
}

/**
 * A message's text without placeholders is looked for whole in a paste when it has this many
 * words: "http: proxy error: context canceled" or Squid's sentence about downloads is one
 * message's, while "Not Found" or "Internal Server Error" is every server's, and the paste's
 * other words decide between those.
 */
const WHOLE_TEXT_WORDS = 5;

export function buildIndex(data: SearchData): SearchIndex {
  return extendIndex(emptyIndex(data), data.items);
}

/**
 * The index built a few items at a time, pausing between them (`pause`, the browser's idle time),
 * so that preparing search while the visitor reads never holds up the page. Once `urgent` says
 * the visitor is searching, the rest is built at once. The same index as buildIndex.
 */
export async function buildIndexGradually(
  data: SearchData,
  { pause, urgent, slice = 12 }: { pause: () => Promise<void>; urgent: () => boolean; slice?: number },
): Promise<SearchIndex> {
  const index = emptyIndex(data);
  for (let i = 0; i < data.items.length; i += slice) {
    addItems(index, data.items.slice(i, i + slice));
    if (!urgent()) await pause();
  }
  return finish(index);
}

function emptyIndex(data: SearchData): SearchIndex {
  return {
    items: [],
    byUrl: new Map(),
    vocabulary: new Map(),
    text: new Set(),
    prose: (data.text ?? '').split(' ').filter((w) => w !== ''),
    sortedWords: [],
    rarity: new Map(),
    spread: new Map(),
    knownCodes: new Set(),
    identifiers: new Map(),
    keys: new Map(),
    headings: new Map(),
  };
}

/**
 * The index with more items, read once each: the messages' data arrives after the codes', and
 * reading only the new items keeps the page responsive (rebuilding everything took longer than
 * a keystroke may wait). The result is the same as building the index from all the items at once.
 */
export function extendIndex(index: SearchIndex, added: readonly SearchItem[]): SearchIndex {
  addItems(index, added);
  return finish(index);
}

/** Reads items into the index: their terms, words and names; what depends on every item waits for finish. */
function addItems(index: SearchIndex, added: readonly SearchItem[]): void {
  const { vocabulary, spread } = index;
  const items = added.map((item): IndexedItem => {
    const texts: Record<Field, string[]> = {
      title: [item.title],
      names: item.names ?? [],
      meanings: item.meanings ?? [],
      terms: item.terms ?? [],
      headers: item.headers ?? [],
      origins: item.origins ?? [],
      className: item.className ? [item.className] : [],
      // A message's summary is its text; it counts once, as text.
      summary: item.kind === 'message' ? [] : [item.summary],
      text: item.text ? [item.text] : [],
    };
    const best = new Map<string, number>();
    const fields = (Object.keys(texts) as Field[]).map((field) => {
      const weight = FIELD_WEIGHTS[field];
      const phrases = texts[field].map((text) => {
        const list = words(text);
        for (const w of list) {
          if (/^\d+$/.test(w)) continue;
          const known = vocabulary.get(w);
          if (known) known.count += 1;
          else vocabulary.set(w, { count: 1, stem: stem(w) });
        }
        const seq = termsOf(list);
        for (const t of seq) best.set(t, Math.max(best.get(t) ?? 0, weight));
        return seq;
      });
      return { weight, phrases };
    });
    for (const t of best.keys()) spread.set(t, (spread.get(t) ?? 0) + 1);
    const template = item.kind === 'message' && item.slots ? templatePattern(summaryParts(item.summary)) : undefined;
    const whole =
      item.kind === 'message' && !item.slots && words(item.summary).length >= WHOLE_TEXT_WORDS
        ? templatePattern(summaryParts(item.summary))
        : undefined;
    return { item, fields, best, ...(template && { template }), ...(whole && { whole }) };
  });
  index.items.push(...items);
  for (const indexed of items) {
    const { item } = indexed;
    index.byUrl.set(item.url, indexed);
    if (item.code !== undefined) index.knownCodes.add(item.code);
    if (item.kind === 'code' && item.code !== undefined) {
      const phrase = item.title.split(' ');
      index.headings.set(phrase[0] ?? '', [...(index.headings.get(phrase[0] ?? '') ?? []), { phrase, code: item.code }]);
      for (const name of [...(item.constants ?? []), ...(item.names ?? []), item.title]) {
        for (const form of identifierForms(name.replace(/[\s'-]+/g, '_'))) {
          const codes = index.identifiers.get(form) ?? new Set<number>();
          codes.add(item.code);
          index.identifiers.set(form, codes);
        }
      }
    }
    const key = item.key ? keyForm(item.key) : undefined;
    if (key) index.keys.set(key, [...(index.keys.get(key) ?? []), indexed]);
  }
}

/**
 * What depends on every item: which prose words are not in the vocabulary, how rare each term is,
 * the sorted word list, and which texts are one message's.
 */
function finish(index: SearchIndex): SearchIndex {
  const { vocabulary, spread } = index;
  // A text that another message's text holds is not one message's: CloudFront's "The request
  // could not be satisfied." heads every one of its error pages, whatever their status.
  const withWhole = index.items.filter((i) => i.whole);
  if (withWhole.length > 0) {
    const texts = index.items.filter((i) => i.item.kind === 'message').map((i) => i.item.summary);
    for (const indexed of withWhole) {
      const own = indexed.item.summary.trim();
      if (texts.some((t) => t !== indexed.item.summary && t.includes(own))) delete indexed.whole;
    }
  }
  index.text = new Set(index.prose.filter((w) => !vocabulary.has(w)));
  index.rarity = new Map([...spread].map(([t, n]) => [t, Math.log(1 + index.items.length / n)]));
  index.sortedWords = [...new Set([...vocabulary.keys(), ...index.text])].sort();
  return index;
}

export interface Correction {
  from: string;
  to: string;
}

/** A query, read: what it asks for and how it was understood. */
export interface ReadQuery {
  /** A method written as in a request line (`GET /path`): it fills a message's {{method}} slot and is not a word. */
  requestMethod: boolean;
  /** The query as typed, normalised, invisible characters removed. */
  text: string;
  /** Three-digit codes the query names. */
  numbers: number[];
  /** Codes named by a library constant or a code's name written as one ("StatusNotFound"). */
  named: number[];
  /** In a paste, numbers marked as the status ("HTTP/1.1" 502, status=503, HTTP ERROR 500). */
  statuses: number[];
  /** Messages named by their source's own code ("1020", "H12", "AH01102"). */
  keyed: string[];
  /** A class the query names ("4xx"). */
  classId?: string;
  /** The words that count, as the visitor meant them (corrected), filler left out. */
  words: string[];
  /** Their terms (stemmed), in order, for matching. */
  terms: string[];
  corrections: Correction[];
  /** A long paste, such as a log line: its numbers are evidence, not the code asked for. */
  pasted: boolean;
  /** Letters of a script this English reference does not cover (Arabic, Chinese …). */
  foreignScript: boolean;
  /**
   * The last word is still being typed: the query ends in it, with no space or punctuation
   * after. Only then may it be the start of a longer word. In `' OR 1=1 --` the "or" is
   * finished, and the start of "origin" and "order" is not what was asked.
   */
  typing: boolean;
}

const CLASS_WORD = /^[1-5]xx$/;
const CODE_WORD = /^\d{3}$/;
/**
 * The longest query: the search fields stop typing and pasting there, and longer text is cut.
 * Long enough for a whole log line; short enough that a search URL stays far below the 8 KB
 * request line servers accept.
 */
export const MAX_QUERY_LENGTH = 600;
/** Words matched per query at most, so a pasted page of text stays quick. */
const MAX_WORDS = 48;
/** A query of more words than this is read as a paste (a log line, an error page). */
const PASTE_WORDS = 6;
/** With a mark only programs print (a timestamp, aligned columns, an exception's class), this many words are a paste. */
const PRINTED_WORDS = 2;
/** Tags of HTML or XML: <title>, </Code>, <?xml …?>, <!DOCTYPE html>. */
const MARKUP = /<[/?!]?[a-z][^<>]*>/gi;
/** Scripts and styles in pasted markup: code, not text a reader of the page would see. */
const CODE_ELEMENTS = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** A media type, such as text/csv or application/problem+json (not HTTP/1.1). Groups: type, subtype. */
const MEDIA_TYPE = /^((?!http\/)[a-z]+)\/([a-z][a-z0-9.+-]*)$/i;
/** A method as a request line writes it, in capitals. */
const REQUEST_METHOD = /^(?:GET|HEAD|POST|PUT|DELETE|PATCH|OPTIONS|CONNECT|TRACE)$/;
/** Characters people do not type in a question, but logs, consoles and error pages are full of. */
const PASTE_MARKS = /[[\]{}<>="|]|:\/\/|\d:\d\d/;
/** A token before a number that says the number is the status: `HTTP/1.1"` 502, `HTTP ERROR` 500, `returned error:` 403. */
const BEFORE_STATUS = /^(?:http\/[\d.]+"?|status:?|error:?|code:?)$/i;

/** The status a token states, in a paste: `status=503`, or a number after a word that says so. */
function statusIn(token: string, before: string | undefined): number | undefined {
  const pair = /^(?:[a-z_]*status(?:_code)?|code)=(\d{3})$/i.exec(trimToken(token));
  if (pair) return Number(pair[1]);
  const number = /^"?(\d{3})"?$/.exec(trimToken(token));
  return number && before !== undefined && BEFORE_STATUS.test(trimToken(before) || before) ? Number(number[1]) : undefined;
}

/** A number followed by its own reason phrase states the status: `403 (Forbidden)`, `HTTP 404 Not Found`. */
function statusWithPhrase(token: string, after: string[], index: SearchIndex): number | undefined {
  const number = /^(\d{3})$/.exec(trimToken(token))?.[1];
  const code = index.items.find((i) => i.item.kind === 'code' && i.item.code === Number(number))?.item;
  if (!code) return undefined;
  const phrase = words(code.title);
  return words(after.slice(0, phrase.length).join(' ')).join(' ') === phrase.join(' ') ? code.code : undefined;
}

/**
 * An error page copied from the browser opens with its heading, the reason phrase as the page
 * writes it, then its text: "Bad Request Failed to decode JSON object: …", "Not Found The
 * requested URL …". The phrase in its own capitals, followed by a capitalised word, states the
 * status, as "404 Not Found" would.
 */
function statusAsHeading(tokens: readonly string[], index: SearchIndex): number | undefined {
  const found = index.headings
    .get(tokens[0] ?? '')
    ?.find(
      ({ phrase }) =>
        tokens.length > phrase.length && /^[A-Z]/.test(tokens[phrase.length] ?? '') && phrase.every((w, i) => tokens[i] === w),
    );
  return found?.code;
}

/**
 * Reads a query. Tokens that name a vendor's error code or a library constant are looked up
 * whole; noise is dropped; a word the site never uses is replaced by the nearest word it does
 * use, when that is one edit away (two for words of 8 letters or more); numbers are never
 * changed. With `exact`, words are taken as typed.
 */
export function readQuery(raw: string, index: SearchIndex, { exact = false } = {}): ReadQuery {
  const cleaned = withoutInvisibles(raw).slice(0, MAX_QUERY_LENGTH);
  const text = normalizeText(cleaned);
  // Markup in a pasted error page or XML body (<title>, <Code>NoSuchKey</Code>) is not text.
  const tokens = cleaned
    .replace(CODE_ELEMENTS, ' ')
    .replace(MARKUP, ' ')
    .split(/\s+/)
    .filter((t) => t !== '');
  const single = tokens.length === 1;
  // "NOT FOUND" typed in capitals is two words, not the constant FOUND after a word.
  const shouting = tokens.length > 1 && tokens.every((t) => !/[a-z]/.test(t));
  const named = new Set<number>();
  const keyed = new Set<string>();
  const statuses = new Set<number>();
  const kept: string[] = [];
  let noise = 0;
  let requestMethod = false;
  // A message pasted whole, its placeholders filled ("Cannot DELETE /api/x"), is that message.
  for (const { template, item } of index.items) {
    if (template && cleaned.includes(template.anchor) && template.pattern.test(cleaned)) keyed.add(item.url);
  }
  const heading = statusAsHeading(tokens, index);
  if (heading !== undefined) statuses.add(heading);
  tokens.forEach((token, i) => {
    const status = statusIn(token, tokens[i - 1]) ?? statusWithPhrase(token, tokens.slice(i + 1), index);
    if (status !== undefined) statuses.add(status);
    const mediaType = MEDIA_TYPE.exec(trimToken(token));
    if (mediaType) {
      kept.push(`media type ${mediaType[1]} ${mediaType[2]}`);
      return;
    }
    const key = keyForm(token);
    const messages = key ? index.keys.get(key) : undefined;
    for (const m of messages ?? []) keyed.add(m.item.url);
    // A vendor's key can also be a library's constant (S3's MethodNotAllowed): both are meant.
    const plainCaps = shouting && /^[A-Z][A-Z0-9]*$/.test(trimToken(token));
    let isName = messages !== undefined;
    if (single || (looksLikeIdentifier(token) && !plainCaps)) {
      const codes = identifierForms(token)
        .map((form) => index.identifiers.get(form))
        .find((found) => found !== undefined);
      for (const c of codes ?? []) named.add(c);
      isName ||= codes !== undefined;
    }
    // A plain word that is also a name ("redirect" is .NET's Redirect, "throttled" a vendor's
    // key) is still a word: "redirect" asks about every redirect, not only 302.
    if (isName && !/^[a-z]+$/i.test(trimToken(token))) return;
    if (REQUEST_METHOD.test(trimToken(token)) && /^(?:\/|[a-z]+:\/\/)/i.test(trimToken(tokens[i + 1] ?? ''))) {
      requestMethod = true;
      return;
    }
    if (isNoise(token)) {
      noise += 1;
      return;
    }
    const trimmed = trimToken(token);
    // Inner capitals split into words, unless the whole is a word the site knows ("WebSocket").
    kept.push(/[a-z][A-Z]/.test(trimmed) && !index.vocabulary.has(compact(trimmed)) ? splitCamel(trimmed) : trimmed);
  });
  // A vendor's key being typed (ERR_, ERR_CONN) names every key it starts.
  const prefix = single ? (tokens[0] ?? '').toLowerCase() : '';
  if (keyed.size === 0 && /^[a-z][a-z0-9]*_[a-z0-9_]*$/.test(prefix)) {
    for (const [key, messages] of index.keys) if (key.startsWith(prefix)) for (const m of messages) keyed.add(m.item.url);
  }
  // A single digit ("HTTP/1.1", "(7)", "1=1") says nothing about which code is meant.
  const all = words(kept.join(' '))
    .filter((w) => !/^\d$/.test(w) && !isIdWord(w))
    .slice(0, MAX_WORDS);
  // Many words alone are a sentence someone typed; a paste also carries what nobody types:
  // addresses, timestamps, ids, quoting, markup, key=value pairs, a stated status.
  // Short text can be pasted too: markup, JSON, a vendor's code, a sentence with its full stop.
  const pasted =
    (all.length > PASTE_WORDS && (noise > 0 || statuses.size > 0 || keyed.size > 0 || named.size > 0 || PASTE_MARKS.test(cleaned))) ||
    (all.length >= PRINTED_WORDS && printedByMachine(cleaned)) ||
    mayNameMessage(cleaned);
  // A paste that holds a catalogued text whole is that message. Only pastes are searched for
  // them, so a keystroke in a question costs nothing more.
  if (pasted) {
    for (const { whole, item } of index.items) {
      if (whole && cleaned.includes(whole.anchor) && whole.pattern.test(cleaned)) keyed.add(item.url);
    }
  }
  const numbers = all.filter((w) => CODE_WORD.test(w)).map(Number);
  const classId = all.find((w) => CLASS_WORD.test(w));
  const rest = all.filter((w) => !CODE_WORD.test(w) && !CLASS_WORD.test(w));
  const meaningful = rest.filter((w) => !FILLER.has(w));
  // A query of framing words only ("status codes") still searches for them.
  const kept2 = meaningful.length > 0 || numbers.length > 0 || classId || named.size > 0 || keyed.size > 0 ? meaningful : rest;
  const corrections: Correction[] = [];
  // The query ends in its last word, or in an identifier's joiner after it (ERR_, HttpStatus.,
  // X-Forwarded-): a "1" typed after the last word ends that word as surely as a space does.
  const tail = /([\p{L}\p{N}]+)[_.-]?$/u.exec(normalizeText(cleaned))?.[1] ?? '';
  const lastWord = kept2.at(-1) ?? '';
  const typing = lastWord !== '' && tail.endsWith(lastWord);
  // A letter alone says nothing unless it is the start of the word being typed ("x" in `${jndi:ldap://x}`).
  const kept3 = kept2.filter((w, i) => !/^\p{L}$/u.test(w) || (typing && i === kept2.length - 1));
  const understood = kept3.map((word, i) => {
    if (exact) return word;
    const corrected = correct(word, index, typing && i === kept3.length - 1);
    if (corrected !== word) corrections.push({ from: word, to: corrected });
    return corrected;
  });
  // A misspelt framing word ("whta") corrects to one ("what"), which then does not count.
  // A word said twice ("NULL,NULL") is one piece of evidence, not two.
  const counted = understood.filter((w, i) => (!FILLER.has(w) || FILLER.has(kept3[i] ?? '')) && understood.indexOf(w) === i);
  return {
    text,
    requestMethod,
    numbers,
    named: [...named],
    statuses: pasted ? [...statuses].filter((c) => index.knownCodes.has(c)) : [],
    keyed: [...keyed],
    ...(classId && { classId }),
    words: counted,
    terms: counted.map(stem),
    corrections,
    pasted,
    foreignScript: hasNonLatinLetters(cleaned),
    typing,
  };
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
  /** What the query names outright comes first: see PRIORITY. */
  priority: number;
  /** How much of the query it matches: each matched word counts by how rare it is on the site. */
  matched: number;
  /** Whether it matches every word of the query. */
  complete: boolean;
  /** How many of the query's words it matches. */
  count: number;
  /**
   * The part of `count` and `matched` owed to words found scattered in the page's prose (it does
   * not have all the query's words): weak evidence, which cannot make a coincidence a match.
   */
  scattered: { count: number; matched: number };
  score: number;
}

/** Whether the site uses the word, or a word that starts with it (one still being typed). */
export function usesWord(index: SearchIndex, word: string): boolean {
  const words = index.sortedWords;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] ?? '') < word) lo = mid + 1;
    else hi = mid;
  }
  return (words[lo] ?? '').startsWith(word);
}

/** HTTP methods, as terms: a query's method fills a message's {{method}} slot. */
const METHODS = new Set(['get', 'head', 'post', 'put', 'delete', 'patch', 'options', 'connect', 'trace'].map(stem));

/** What a known code's number in a paste is worth: as much as a rare word (rarity runs to about 6). */
const PASTED_NUMBER = 3;
/** What a request line's method in a message's {{method}} slot counts for: about a common word. */
const METHOD_SLOT = 1.5;

/** How results are ordered before anything else: what the query names outright comes first. */
const PRIORITY = {
  /** A comparison of two or more codes the query names ("401 vs 403"). */
  comparison: 5,
  /** A code named by a constant ("StatusNotFound", "HttpStatus.NOT_FOUND"). */
  namedByConstant: 4,
  /** A message named by its key ("1020", "H12"); after the code when the key is also a constant (S3's MethodNotAllowed). */
  keyed: 3,
  /** A code the query names by its number ("nginx 499"). */
  numbered: 2,
  none: 0,
} as const;

/**
 * Every item that matches at least one word, best first: what the query names outright (a
 * comparison of the named codes, a message by its key, a code by its constant or number), then
 * by how much of the query matches (each word weighted by how rare it is on the site, so
 * "authorised" outweighs "page"), then by where the words match. In a long paste (a log line),
 * numbers are evidence like words, since a pasted line carries byte counts and ports beside the
 * status.
 */
export function rank(index: SearchIndex, query: ReadQuery, body: BodyMatches = new Map()): Ranked[] {
  const numbered = new Set(query.numbers);
  const named = new Set(query.named);
  const keyed = new Set(query.keyed);
  const allNamed = new Set([...named, ...(query.pasted ? query.statuses : numbered)]);
  const ranked: Ranked[] = [];
  for (const indexed of index.items) {
    const { item } = indexed;
    if (query.classId && item.classId !== query.classId) continue;
    let matched = 0;
    let count = 0;
    let score = 0;
    const scattered = { count: 0, matched: 0 };
    query.terms.forEach((term, i) => {
      const last = query.typing && i === query.terms.length - 1;
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
      // A method fills a message's {{method}} slot ("Cannot DELETE /x" is "Cannot {{method}} {{path}}").
      if (weight === 0 && METHODS.has(term) && item.slots?.includes('method')) weight = FIELD_WEIGHTS.text / 2;
      // A word found only in the prose counts, but as weaker evidence than a name or a term; and
      // only a word the site uses (Pagefind also offers pages for words it does not have).
      let evidence = weight > 0 ? 1 : 0;
      const hit = body.get(item.url);
      let inProseOnly = false;
      if (hit?.terms.has(i) && weight < FIELD_WEIGHTS.body && usesWord(index, query.words[i] ?? term)) {
        weight = FIELD_WEIGHTS.body * (1 + 1 / (1 + hit.rank));
        evidence = 0.5;
        inProseOnly = hit.terms.size < query.words.length;
      }
      if (weight > 0) {
        count += 1;
        matched += evidence * rarity;
        score += weight * rarity;
        if (inProseOnly) {
          scattered.count += 1;
          scattered.matched += evidence * rarity;
        }
      }
    });
    // In a paste, a status number beside the words is evidence for the code and its messages.
    const about = item.code !== undefined ? [item.code] : (item.codes ?? []);
    // "Cannot DELETE /x" is "Cannot {{method}} {{path}}": the method fills the slot.
    if (query.requestMethod && item.slots?.includes('method')) {
      count += 1;
      matched += METHOD_SLOT;
      score += (FIELD_WEIGHTS.text / 2) * METHOD_SLOT;
    }
    // The more of the paste's words agree with the number (the vendor, the situation), the surer.
    if (query.pasted && about.some((c) => numbered.has(c))) {
      matched += PASTED_NUMBER + matched / 2;
      score += FIELD_WEIGHTS.title * PASTED_NUMBER;
    }
    score += phraseBonus(indexed, query.terms);
    // Three words or more of the query in the order a name or term has them ("redirect after
    // post") say more than the same words scattered: count them as one more rare word.
    if (longestPhrase(indexed, query.terms) >= PHRASE_WORDS) matched += PHRASE_MATCH;
    // A code's own page answers most questions best; a comparison, a guide recommendation or a
    // message that matches as well comes after it. A pasted line is the exception: there, the
    // message it came from is the best answer. Between a registered and an unofficial code that
    // match equally, the registered one is what most readers need.
    if (item.kind === 'message') {
      if (!query.pasted) {
        matched *= 0.8;
        score *= 0.75;
      }
    } else if (item.kind !== 'code') score *= 0.75;
    if (item.unofficial) score *= 0.9;
    const weighs = item.kind === 'compare' && numbered.size >= 2 && [...numbered].every((c) => item.codes?.includes(c));
    const byConstant = item.kind === 'code' && item.code !== undefined && named.has(item.code);
    const isNumbered = item.kind === 'code' && item.code !== undefined && allNamed.has(item.code);
    const priority = weighs
      ? PRIORITY.comparison
      : byConstant
        ? PRIORITY.namedByConstant
        : keyed.has(item.url)
          ? PRIORITY.keyed
          : isNumbered
            ? PRIORITY.numbered
            : PRIORITY.none;
    if (matched === 0 && priority === PRIORITY.none && !(query.terms.length === 0 && query.classId)) continue;
    ranked.push({ item, priority, matched, complete: count >= query.terms.length, count, scattered, score });
  }
  return ranked.sort(
    (a, b) => b.priority - a.priority || b.matched - a.matched || b.score - a.score || (a.item.code ?? 1000) - (b.item.code ?? 1000),
  );
}

/**
 * The most a result can match of the query: the rarity of each of its terms the site uses. Words
 * the site never uses cannot be matched, so they do not count.
 */
export function knownWeight(index: SearchIndex, query: ReadQuery): number {
  return query.terms.reduce((sum, term) => sum + (index.rarity.get(term) ?? 0), 0);
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

/** A phrase of this many words or more, found whole in a query, counts as evidence of its own. */
const PHRASE_WORDS = 3;
const PHRASE_MATCH = 2;

/** The most words of one of the item's names, terms or headers that the query has in the same order. */
function longestPhrase(indexed: IndexedItem, query: string[]): number {
  let longest = 0;
  for (const { weight, phrases } of indexed.fields) {
    if (weight < FIELD_WEIGHTS.headers) continue;
    for (const phrase of phrases) if (phrase.length > longest && contains(query, phrase)) longest = phrase.length;
  }
  return longest;
}

function contains(haystack: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    if (needle.every((t, j) => haystack[i + j] === t)) return true;
  }
  return false;
}

/** How alike (shared letter triples over all) a name must be to a query to be offered for it. */
const NEAR_ENOUGH = 0.2;

/** The pages whose names are closest to a query that matched nothing, for "did you mean". */
export function nearestTitles(index: SearchIndex, raw: string, count = 3): SearchItem[] {
  const grams = trigrams(normalizeText(raw));
  if (grams.size === 0) return [];
  return (
    index.items
      .map(({ item }) => {
        const other = trigrams(normalizeText(item.title));
        const shared = [...grams].filter((g) => other.has(g)).length;
        return { item, similarity: shared / (grams.size + other.size - shared) };
      })
      // A weak likeness is no suggestion: "!!!" or a string of one letter resembles nothing.
      .filter((s) => s.similarity >= NEAR_ENOUGH)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, count)
      .map((s) => s.item)
  );
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text.replace(/[^a-z0-9]+/g, ' ')} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** A three-digit number the site has no page for, and the class page to offer instead. */
export function missingCode(query: ReadQuery, index: SearchIndex): { code: number; classId?: string } | undefined {
  if (query.words.length > 0 || query.numbers.length !== 1 || query.named.length > 0 || query.keyed.length > 0) return undefined;
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
