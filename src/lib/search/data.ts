/**
 * What goes into the search data, decided here rather than in the routes that serve it
 * (src/pages/codes.json.ts, src/pages/search-messages.json.ts): every code with the words it is
 * found by, the comparisons, the guide's recommendations, the header fields' pages, and the
 * catalogued messages. Pure: the
 * routes read the collections and pass them in, so the unit tests build the same data from the
 * content files.
 */
import type { CacheData } from '../caches/summary.ts';
import { methodChangeTerms } from '../clients/summary.ts';
import type { Measurements } from '../clients/schema.ts';
import { isUnofficial } from '../codes/labels.ts';
import { constantsOf, LANGUAGE_KEYS } from '../codes/languages.ts';
import type { CodeData } from '../codes/schema.ts';
import type { ComparisonData } from '../compare/schema.ts';
import type { EndData } from '../guide/schema.ts';
import type { HeaderData } from '../headers/schema.ts';
import type { GrpcFile } from '../grpc/schema.ts';
import type { GuidelinesFile } from '../guidelines/schema.ts';
import { literalText, messageParts } from '../messages/text.ts';
import type { MessageData } from '../messages/schema.ts';
import { classOf } from '../site/classes.ts';
import { CACHING, codePath, comparePath, GRPC, guidePath, GUIDELINES, headerPath, messagePath } from '../site/paths.ts';
import type { SearchData, SearchItem } from './engine.ts';
import { FILLER, words } from './text.ts';

/** What the code data is built from: the entries, the comparisons, the guide's ends, the header fields, the client and cache measurements. */
export interface CodeDataInput {
  codes: readonly { data: CodeData; body?: string | undefined }[];
  comparisons: readonly { slug: string; title: string; codes: number[]; data: ComparisonData }[];
  ends: readonly { id: string; end: EndData }[];
  headers: readonly HeaderData[];
  clients: Measurements;
  /** The reference pages' items (referenceItems below); none when left out. */
  references?: readonly SearchItem[];
  caching: CacheData;
}

/**
 * A header field's page as a search item: found by its name, written as one word or as words
 * ("retry after"), and by the codes it goes with.
 */
export function headerItem(h: HeaderData): SearchItem {
  return {
    url: headerPath(h.slug),
    kind: 'header',
    title: `${h.name} header`,
    summary: h.summary,
    codes: [...new Set(h.codes.map((c) => c.code))],
    headers: [h.name],
    terms: [h.name.replaceAll('-', ' '), `${h.name.replaceAll('-', ' ')} header`],
  };
}

/**
 * /caching/ as a search item, found by the caches and CDNs it covers and their settings ("nginx
 * proxy_cache_valid", "does cloudflare cache 404": the code's own page comes first, the table
 * next). One item for the page, not one per row: 81 rows sharing the caching words changed how
 * pasted log lines rank (a Varnish "FetchError first byte timeout" lost its message), and the row
 * is one click from the page.
 */
export function cachingItem(caching: CacheData): SearchItem {
  return {
    url: CACHING,
    kind: 'caching',
    title: 'Status codes in caches, CDNs and crawlers',
    summary:
      'Which codes nginx, Varnish, Squid, Apache and HAProxy keep (measured), what CDNs and Google document, and where they differ from the RFCs.',
    terms: [
      'cache',
      'cached',
      'caching',
      'cdn',
      'cdn cache',
      'cacheable',
      'proxy_cache',
      'proxy_cache_valid',
      'nginx proxy_cache_valid',
      'nginx proxy_cache',
      'varnish cache',
      'squid cache',
      'mod_cache',
      'haproxy cache',
      'negative caching',
      'heuristically cacheable',
      'cache by status code',
      'googlebot',
    ],
    origins: ['nginx', 'Varnish', 'Squid', 'Apache', 'HAProxy', ...caching.cdns.cdns.map((c) => c.name)],
  };
}

/** A code page as a search item: its name, summary and every word it is found by. */
export function codeItem(data: CodeData, clients: Measurements): SearchItem {
  return {
    url: codePath(data.code),
    kind: 'code',
    title: data.phrase,
    summary: data.summary,
    code: data.code,
    classId: classOf(data.code).id,
    className: classOf(data.code).name,
    unofficial: isUnofficial(data),
    terms: [...data.searchTerms, ...methodChangeTerms(clients, data.code)],
    names: data.earlierNames.map((n) => n.name),
    meanings: data.vendorMeanings.map((m) => m.name).filter((n) => n !== data.phrase),
    headers: data.headers,
    origins: data.vendorMeanings.map((m) => m.origin),
    // Node's "constants" are the reason phrases themselves, already the title or an earlier name.
    constants: LANGUAGE_KEYS.filter((k) => k !== 'node').flatMap((k) => {
      const value = data.inCode[k];
      return value ? constantsOf(value).map((c) => c.name) : [];
    }),
  };
}

/**
 * The words of four letters or more from the entries' prose, each once, sorted: a correctly
 * spelt word from the prose is never "corrected" (short words are never corrected at all).
 */
export function proseWords(bodies: readonly string[]): string {
  const text = new Set(bodies.flatMap((body) => words(body).filter((w) => w.length >= 4 && !/\d/.test(w) && !FILLER.has(w))));
  return [...text].sort().join(' ');
}

/** /codes.json: the codes, then the comparisons, then the guide's recommendations, and the prose's words. */
export function codeSearchData({ codes, comparisons, ends, headers, clients, caching, references }: CodeDataInput): SearchData {
  const phrases = new Map(codes.map((e) => [e.data.code, e.data.phrase]));
  const named = (list: number[]): string => list.map((c) => `${c} ${phrases.get(c) ?? ''}`.trim()).join(' or ');
  const comparisonItems: SearchItem[] = comparisons.map(({ slug, title, codes: members, data }) => ({
    url: comparePath(slug),
    kind: 'compare',
    title,
    summary: data.description,
    codes: members,
    names: members.map((c) => phrases.get(c) ?? ''),
  }));
  const endItems: SearchItem[] = ends.map(({ id, end }) => ({
    url: guidePath(id),
    kind: 'guide',
    title: `${end.question} ${named(end.codes)}`,
    summary: end.description,
    codes: end.codes,
  }));
  return {
    items: [
      ...codes.map((e) => codeItem(e.data, clients)),
      ...comparisonItems,
      ...endItems,
      ...headers.map(headerItem),
      cachingItem(caching),
      ...(references ?? []),
    ],
    text: proseWords(codes.map((e) => e.body ?? '')),
  };
}

/**
 * A catalogued message as a search item, found by its text, title, key and source. Its code is
 * the status the client gets or, for a message that comes with none, the one the server logs.
 */
export function messageItem(sourceId: string, sourceName: string, m: MessageData): SearchItem {
  const code = m.status ?? m.logged;
  const parts = messageParts(m.text);
  const slots = [...new Set(parts.flatMap((p) => (p.placeholder ? [p.text] : [])))];
  return {
    url: messagePath(sourceId, m.id),
    kind: 'message',
    title: m.title,
    // Shown under the title: the text as it appears, each placeholder as the kind of value there.
    summary: parts.map((p) => (p.placeholder ? `‹${p.text}›` : p.text)).join(''),
    text: literalText(m.text),
    ...(code !== undefined && { codes: [code], classId: classOf(code).id }),
    ...(slots.length > 0 && { slots }),
    ...(m.key && { key: m.key }),
    origins: [sourceName],
    terms: m.searchTerms,
  };
}

/**
 * /guidelines/ and /grpc/ as search items. They carry no codes and no gRPC code names: each names
 * most codes, and "context deadline exceeded" pasted from a log must find 504, not this page. They
 * are found by the words people type for them ("zalando status codes", "grpc status mapping").
 */
export function referenceItems(guidelines: GuidelinesFile, grpc: GrpcFile): SearchItem[] {
  return [
    {
      url: GUIDELINES,
      kind: 'reference',
      title: 'Status codes in API guidelines',
      summary: `What ${guidelines.guidelines.map((g) => g.short).join(', ')} prescribe per code, and where they disagree (400 or 422, 403 or 404).`,
      terms: [
        'api guidelines',
        'api style guide',
        'rest api guidelines status codes',
        'azure api guidelines',
        'microsoft api guidelines',
        'google aip',
        'aip-193',
        'zalando status codes',
        'zalando api guidelines',
        'jsonapi status codes',
        'graphql status codes',
        'graphql over http',
        'bcp 56',
        ...guidelines.disagreements.map((d) => d.topic),
      ],
    },
    {
      url: GRPC,
      kind: 'reference',
      title: 'gRPC status codes and HTTP',
      summary: `All ${grpc.toHttp.length} google.rpc.Code values with their HTTP codes, and what gRPC clients make of HTTP errors.`,
      terms: [
        'grpc status mapping',
        'grpc status codes',
        'grpc http mapping',
        'google.rpc.Code',
        'grpc-status',
        'grpc to http',
        'http to grpc',
      ],
    },
  ];
}
