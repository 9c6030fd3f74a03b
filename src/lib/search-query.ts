/**
 * How a query becomes a search, without touching the page: pure, so the tests can run it too.
 * Numbers and classes are answered from the code list in numeric order (Pagefind treats digits
 * as word prefixes, which ranks "404" below pages that merely mention 40x); words go to Pagefind.
 */
import { classIdOf } from './classes.ts';

/** What the search knows about each code, from /codes.json. */
export interface CodeSummary {
  code: number;
  phrase: string;
  summary: string;
  classId: string;
  unofficial: boolean;
}

export type SearchPlan =
  | { kind: 'empty' }
  /** A number or a class: the answer is this list of codes, in order. */
  | { kind: 'codes'; codes: number[]; missing?: MissingCode }
  /** Words: ask Pagefind for `text`, with `pinned` codes (named in the query) first. */
  | { kind: 'text'; text: string; pinned: number[]; classId?: string };

/** A three-digit number the site has no page for. */
export interface MissingCode {
  code: number;
  /** The class page to point to, when the number falls in 100-599. */
  classId?: string;
}

const CLASS_QUERY = /^([1-5])xx$/;
const NUMBER_QUERY = /^\d{1,3}$/;
/** Words that only restate "HTTP status code" and would match every page. */
const FILLER = new Set(['http', 'https', 'status', 'code', 'codes', 'response']);

export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 200);
}

export function planSearch(raw: string, codes: readonly CodeSummary[]): SearchPlan {
  const query = normalizeQuery(raw);
  if (query === '') return { kind: 'empty' };

  const classMatch = CLASS_QUERY.exec(query);
  if (classMatch) return { kind: 'codes', codes: codes.filter((c) => c.classId === query).map((c) => c.code) };

  if (NUMBER_QUERY.test(query)) {
    const matches = codes.filter((c) => String(c.code).startsWith(query)).map((c) => c.code);
    if (query.length === 3 && !matches.includes(Number(query))) {
      return { kind: 'codes', codes: matches, missing: missingCode(Number(query)) };
    }
    return { kind: 'codes', codes: matches };
  }

  const words = query.split(' ');
  const known = new Set(codes.map((c) => c.code));
  const pinned = words.filter((w) => /^\d{3}$/.test(w) && known.has(Number(w))).map(Number);
  const classId = words.find((w) => CLASS_QUERY.test(w));
  const rest = words.filter((w) => !/^\d{3}$/.test(w) && w !== classId && !(pinned.length > 0 && FILLER.has(w)));
  return { kind: 'text', text: rest.join(' '), pinned, ...(classId && { classId }) };
}

function missingCode(code: number): MissingCode {
  const classId = classIdOf(code);
  return classId ? { code, classId } : { code };
}

/** Splits text into plain and matched parts, where a part matches when a query word starts it. */
export function highlightParts(text: string, query: string): { text: string; match: boolean }[] {
  const words = normalizeQuery(query)
    .split(' ')
    .filter((w) => w.length > 1 && !FILLER.has(w))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return [{ text, match: false }];
  const pattern = new RegExp(`\\b(${words.join('|')})[\\w'-]*`, 'gi');
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
