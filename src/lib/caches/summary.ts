/**
 * What a reader needs from the three cache files (content/caches/: measurements.json, cdns.yaml,
 * crawlers.yaml) per code: which measured caches keep it with no caching headers and for how long,
 * which CDNs document keeping it, what Google's crawler does, and where any of them goes against
 * RFC 9110 §15.1 and RFC 9111. A code page shows one line of it (`line`, about 150 characters);
 * /caching/ shows the rest. Pure, so the pages, the claims check and the unit tests share it.
 */
import { CACHE_IDS, VARIANT_IDS, cellsOf, isNotMeasured, type CacheId, type Measurements, type Result, type VariantId } from './schema.ts';
import { cdnCell, crawlerEntriesFor, type Cdn, type CdnFile, type CrawlerEntry, type CrawlerFile } from './documented.ts';

export interface CacheData {
  measurements: Measurements;
  cdns: CdnFile;
  crawlers: CrawlerFile;
}

/**
 * The codes RFC 9110 §15.1 defines as heuristically cacheable: a cache may keep them with no
 * freshness information of their own (RFC 9111 §4.2.2); any other code only with an explicit
 * lifetime or `public` (RFC 9111 §3). Read at https://www.rfc-editor.org/rfc/rfc9110#section-15.1.
 */
export const HEURISTIC_RFC9110: readonly number[] = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501];

/** Codes other RFCs make cacheable by default in their own words, as the entries count them (facts.cacheableByDefault). */
export const HEURISTIC_ELSEWHERE: Readonly<Record<number, string>> = { 226: 'RFC 3229 §10.4.1', 451: 'RFC 7725 §3' };

export const RFC = {
  heuristic: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.1',
  storing: 'https://www.rfc-editor.org/rfc/rfc9111#section-3',
  heuristicFreshness: 'https://www.rfc-editor.org/rfc/rfc9111#section-4.2.2',
  age: 'https://www.rfc-editor.org/rfc/rfc9111#section-4',
} as const;

export const isHeuristic = (code: number): boolean => HEURISTIC_RFC9110.includes(code) || code in HEURISTIC_ELSEWHERE;

/** The caches as they come out of the box; the other two are nginx with the one line people add. */
export const STOCK: readonly CacheId[] = ['nginx', 'varnish', 'squid', 'apache', 'haproxy'];
export const SETTINGS: readonly CacheId[] = ['nginx-valid-10m', 'nginx-valid-any-1m'];

export const CACHE_NAMES: Readonly<Record<CacheId, string>> = {
  nginx: 'nginx',
  'nginx-valid-10m': 'nginx valid 10m',
  'nginx-valid-any-1m': 'nginx valid any 1m',
  varnish: 'Varnish',
  squid: 'Squid',
  apache: 'Apache',
  haproxy: 'HAProxy',
};

/**
 * How long a cache keeps a response that says nothing about its lifetime, where it keeps one.
 * nginx: its proxy_cache_valid line (the configuration in the data file); Varnish: the default_ttl
 * parameter, 120 s (https://varnish-cache.org/docs/7.1/reference/varnishd.html#default-ttl);
 * Apache: CacheDefaultExpire, 3600 s (https://httpd.apache.org/docs/2.4/mod/mod_cache.html#cachedefaultexpire).
 * Squid keeps such a response but asks the origin again on every use (refresh_pattern . 0 20% 4320
 * gives it no freshness), so it has no lifetime to show.
 */
export const NO_HEADER_TTL: Readonly<Partial<Record<CacheId, string>>> = {
  'nginx-valid-10m': '10 min',
  'nginx-valid-any-1m': '1 min',
  varnish: '2 min',
  apache: '1 h',
};

/** Short CDN names, for a line and a table head at 320 px. */
export const CDN_NAMES: Readonly<Record<string, string>> = {
  cloudflare: 'Cloudflare',
  fastly: 'Fastly',
  cloudfront: 'CloudFront',
  'google-cloud-cdn': 'Cloud CDN',
  akamai: 'Akamai',
  'azure-front-door': 'Azure',
};
export const cdnName = (cdn: Cdn): string => CDN_NAMES[cdn.id] ?? cdn.name;

/** What one variant's second request met: kept, kept but revalidated, forwarded, or something else. */
export type Outcome = 'cache' | 'revalidated' | 'origin' | 'changed' | 'varies' | 'not-measured';

export function outcome(result: Result | undefined, code: number): Outcome {
  if (result === undefined || isNotMeasured(result)) return 'not-measured';
  if ('varies' in result) return 'varies';
  if (result.got && result.got.some((s) => s !== code)) return 'changed';
  return result.from;
}

/** Whether a result counts as kept: served from the cache, or kept and revalidated. */
const kept = (o: Outcome): boolean => o === 'cache' || o === 'revalidated';

/** A code's five outcomes for one cache, in VARIANT_IDS order. */
export function outcomes(m: Measurements, code: number, cache: CacheId): Record<VariantId, Outcome> | undefined {
  const results = m.codes[String(code)];
  if (!results || isNotMeasured(results)) return undefined;
  const variants = results[cache];
  if (!variants) return undefined;
  return Object.fromEntries(VARIANT_IDS.map((v) => [v, outcome(variants[v], code)])) as Record<VariantId, Outcome>;
}

/** The marks of the matrix, one per outcome. */
export const OUTCOME_MARKS: Readonly<Record<Outcome, { mark: string; means: string }>> = {
  cache: { mark: '●', means: 'served from the cache' },
  revalidated: { mark: '◐', means: 'kept, but asked the origin again' },
  origin: { mark: '·', means: 'forwarded to the origin' },
  changed: { mark: '!', means: 'the client got another status' },
  varies: { mark: '~', means: 'varied between runs' },
  'not-measured': { mark: '?', means: 'not measured' },
};

export const marksFor = (o: Record<VariantId, Outcome>): string => VARIANT_IDS.map((v) => OUTCOME_MARKS[o[v]].mark).join('');

export interface KeptBy {
  id: CacheId;
  name: string;
  ttl?: string;
  revalidates: boolean;
}

export interface CdnKeeps {
  id: string;
  name: string;
  ttl?: string;
}

export interface CrawlerPhrase {
  name: string;
  phrase: string;
  /** Read through summaries that quote the vendor page, not the page itself. */
  summaryOnly: boolean;
}

export interface CachingSummary {
  code: number;
  /** Why nothing was measured (a 1xx), when nothing was. */
  notMeasured?: string;
  heuristic: boolean;
  /** Stock caches that keep it with no caching headers, and those that do not. */
  keptBy: KeptBy[];
  notKeptBy: string[];
  /** The nginx settings that keep it with no caching headers. */
  settingsKeeping: KeptBy[];
  /** Stock caches that do not keep it even with max-age=60. */
  ignoreMaxAge: string[];
  /** CDNs that document keeping it with no headers, keeping it once a setting is on, or not keeping it. */
  cdnsKeep: CdnKeeps[];
  cdnsIfEnabled: string[];
  cdnsNot: string[];
  cdnsUndocumented: string[];
  crawler?: CrawlerPhrase;
  /** Where a cache or CDN does what RFC 9110/9111 do not provide for, one sentence each. */
  differences: string[];
  /** The code page's line, without the link. */
  line: string;
}

/** "120 min" → "2 h", "3600 s fallback TTL" → "1 h", "10 s minimum" → "10 s"; undefined when the TTL is not a number. */
export function shortTtl(ttl: string | undefined): string | undefined {
  const m = /^(\d+) (s|min|h)\b/.exec(ttl ?? '');
  if (!m) return undefined;
  const seconds = Number(m[1]) * (m[2] === 'h' ? 3600 : m[2] === 'min' ? 60 : 1);
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

const list = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;

const firstClause = (text: string): string => (text.split(/;\s|\.\s|\.$/)[0] ?? text).trim();

/** One phrase of what a crawler does with a code: its signal for a redirect, crawl rate for 429/5xx, else indexing. */
export function crawlerPhrase(entries: readonly CrawlerEntry[], code: number): { phrase: string; entry: CrawlerEntry } | undefined {
  const pages = entries.filter((e) => !e.robotsTxt);
  const order: (keyof Pick<CrawlerEntry, 'indexing' | 'signal' | 'crawling'>)[] =
    code >= 300 && code < 400
      ? ['signal', 'indexing', 'crawling']
      : code === 429 || code >= 500
        ? ['crawling', 'indexing', 'signal']
        : ['indexing', 'signal', 'crawling'];
  for (const field of order) {
    const entry = pages.find((e) => e[field]);
    const text = entry?.[field];
    if (entry && text) return { phrase: firstClause(text), entry };
  }
  return undefined;
}

function keptBy(m: Measurements, code: number, ids: readonly CacheId[]): { yes: KeptBy[]; no: string[] } {
  const yes: KeptBy[] = [];
  const no: string[] = [];
  for (const id of ids) {
    const o = outcomes(m, code, id);
    if (!o) continue;
    if (kept(o.none)) {
      const ttl = o.none === 'cache' ? NO_HEADER_TTL[id] : undefined;
      yes.push({ id, name: CACHE_NAMES[id], ...(ttl && { ttl }), revalidates: o.none === 'revalidated' });
    } else no.push(CACHE_NAMES[id]);
  }
  return { yes, no };
}

const keptWords = (k: KeptBy): string => (k.revalidates ? `${k.name} (revalidated)` : k.ttl ? `${k.name} ${k.ttl}` : k.name);

/** Everything a page shows of one code. */
export function cachingSummary(code: number, data: CacheData): CachingSummary {
  const { measurements: m, cdns, crawlers } = data;
  const results = m.codes[String(code)];
  const heuristic = isHeuristic(code);
  const stock = keptBy(m, code, STOCK);
  const settings = keptBy(m, code, SETTINGS);
  const ignoreMaxAge = STOCK.flatMap((id) => {
    const o = outcomes(m, code, id);
    return o && !kept(o['max-age']) ? [CACHE_NAMES[id]] : [];
  });
  const cdnsKeep: CdnKeeps[] = [];
  const cdnsIfEnabled: string[] = [];
  const cdnsNot: string[] = [];
  const cdnsUndocumented: string[] = [];
  const cdnNotes: string[] = [];
  for (const cdn of cdns.cdns) {
    const cell = cdnCell(cdn, code);
    const name = cdnName(cdn);
    if (!cell.documented) {
      cdnsUndocumented.push(name);
      continue;
    }
    const stored = 'rule' in cell ? cell.rule.stored : cell.otherCodes.stored;
    if (stored === 'yes') {
      const ttl = shortTtl('rule' in cell ? cell.rule.ttl : undefined);
      cdnsKeep.push({ id: cdn.id, name, ...(ttl && { ttl }) });
    } else if (stored === 'if-enabled') cdnsIfEnabled.push(name);
    else if (stored === 'not-documented') cdnsUndocumented.push(name);
    else cdnsNot.push(name);
    if ('rule' in cell && cell.rule.honoursCacheControl === 'partly' && /\bignored?\b/.test(cell.rule.note)) {
      cdnNotes.push(`${name}: ${cell.rule.note}`);
    }
  }
  const google = crawlers.crawlers.find((c) => c.id === 'google');
  const phrase = google ? crawlerPhrase(crawlerEntriesFor(google, code), code) : undefined;
  const crawler =
    google && phrase ? { name: google.name, phrase: phrase.phrase, summaryOnly: phrase.entry.evidence === 'vendor-summary' } : undefined;

  const differences: string[] = [];
  if (!heuristic) {
    const beyond = [...stock.yes.map((k) => k.name), ...settings.yes.map((k) => k.name), ...cdnsKeep.map((c) => c.name)];
    if (beyond.length > 0) differences.push(`Not heuristically cacheable, yet kept with no caching headers by ${list(beyond)}.`);
  }
  const privateKept = CACHE_IDS.filter((id) => {
    const o = outcomes(m, code, id);
    return o && (kept(o.private) || kept(o['no-store']));
  });
  if (privateKept.length > 0) differences.push(`Kept despite private or no-store by ${list(privateKept.map((id) => CACHE_NAMES[id]))}.`);
  if (results && !isNotMeasured(results) && ignoreMaxAge.length > 0) {
    differences.push(`Not kept even with max-age=60 by ${list(ignoreMaxAge)}, though RFC 9111 §3 would allow it.`);
  }
  const changed = CACHE_IDS.filter((id) => Object.values(outcomes(m, code, id) ?? {}).includes('changed'));
  if (changed.length > 0) {
    const got = [
      ...new Set(
        changed.flatMap((id) => cellsOf((results as Record<string, Record<VariantId, Result>>)[id]?.none).flatMap((c) => c.got ?? [])),
      ),
    ];
    differences.push(
      `${list(changed.map((id) => CACHE_NAMES[id]))} answered ${got.filter((s) => s !== null).join('/') || 'another status'} instead.`,
    );
  }
  differences.push(...cdnNotes);

  const summary: CachingSummary = {
    code,
    ...(results && isNotMeasured(results) && { notMeasured: results.notMeasured }),
    heuristic,
    keptBy: stock.yes,
    notKeptBy: stock.no,
    settingsKeeping: settings.yes,
    ignoreMaxAge,
    cdnsKeep,
    cdnsIfEnabled,
    cdnsNot,
    cdnsUndocumented,
    ...(crawler && { crawler }),
    differences,
    line: '',
  };
  summary.line = summaryLine(summary);
  return summary;
}

/**
 * The code page's line: the stock caches first (measured), then the CDNs (documented). About 150
 * characters; the link to /caching/#<code> carries the rest.
 */
export function summaryLine(s: CachingSummary): string {
  if (s.notMeasured) return 'An interim response: there is nothing for a cache to keep.';
  const cdns = [...s.cdnsKeep.map((c) => (c.ttl ? `${c.name} ${c.ttl}` : c.name)), ...s.cdnsIfEnabled.map((n) => `${n} if on`)];
  const cdnWords = cdns.length > 0 ? `CDNs: ${cdns.join(', ')}` : 'no CDN documents keeping it';
  if (s.keptBy.length === 0) {
    const setting = s.settingsKeeping[0];
    const nginx = setting ? ` (nginx does with proxy_cache_valid ${setting.id === 'nginx-valid-10m' ? '10m' : 'any'})` : '';
    return `No stock cache here keeps it without caching headers${nginx}; ${cdnWords}.`;
  }
  const kept = `Kept with no caching headers by ${s.keptBy.map(keptWords).join(', ')}`;
  const long = `${kept}, not ${list(s.notKeptBy)}; ${cdnWords}.`;
  // The caches that do not keep it are the first thing to go when the line would not fit.
  return s.notKeptBy.length > 0 && long.length <= LINE_LENGTH ? long : `${kept}; ${cdnWords}.`;
}

/** About what a code page can spend on the line. */
export const LINE_LENGTH = 160;

/** Every code the measurements name, in order. */
export const measuredCodes = (m: Measurements): number[] =>
  Object.keys(m.codes)
    .map(Number)
    .sort((a, b) => a - b);

/** One cell of the CDN half of the matrix: short words, and the page they come from. */
export interface CdnMatrixCell {
  text: string;
  means: string;
  url?: string;
}

export const CDN_MARKS = {
  'only-with-headers': 'hdrs',
  'if-enabled': 'opt',
  no: 'no',
  'not-documented': '—',
} as const;

export function cdnMatrixCell(cdn: Cdn, code: number): CdnMatrixCell {
  const cell = cdnCell(cdn, code);
  if (!cell.documented) return { text: CDN_MARKS['not-documented'], means: 'not documented' };
  const rule = 'rule' in cell ? cell.rule : undefined;
  const stored = rule ? rule.stored : 'otherCodes' in cell ? cell.otherCodes.stored : 'not-documented';
  const url = rule ? rule.source.url : 'otherCodes' in cell ? cell.otherCodes.source.url : undefined;
  const note = rule ? rule.note : 'otherCodes' in cell ? cell.otherCodes.note : '';
  const text = stored === 'yes' ? (shortTtl(rule?.ttl) ?? 'yes') : CDN_MARKS[stored];
  return { text, means: note, ...(url && { url }) };
}

/** Where one cache or CDN goes against, or short of, RFC 9110 §15.1 and RFC 9111: one line each. */
export interface Disagreement {
  who: string;
  what: string;
  codes: number[];
}

export function disagreements(data: CacheData): Disagreement[] {
  const m = data.measurements;
  const codes = measuredCodes(m).filter((c) => !isNotMeasured(m.codes[String(c)]));
  const out: Disagreement[] = [];
  for (const id of CACHE_IDS) {
    const who = CACHE_NAMES[id];
    const all = codes.map((c) => ({ c, o: outcomes(m, c, id) })).filter((x): x is { c: number; o: Record<VariantId, Outcome> } => !!x.o);
    const beyond = all.filter(({ c, o }) => !isHeuristic(c) && kept(o.none)).map(({ c }) => c);
    if (beyond.length > 0) {
      out.push({
        who,
        what: 'keeps with no caching headers codes that are not heuristically cacheable (RFC 9111 §3 allows that only with a lifetime)',
        codes: beyond,
      });
    }
    const leak = all.filter(({ o }) => kept(o.private) || kept(o['no-store'])).map(({ c }) => c);
    if (leak.length > 0) out.push({ who, what: 'keeps responses marked private or no-store', codes: leak });
    const changed = all.filter(({ o }) => Object.values(o).includes('changed')).map(({ c }) => c);
    if (changed.length > 0) out.push({ who, what: 'answers the client with another status than the origin sent', codes: changed });
    if (STOCK.includes(id)) {
      const ignores = all.filter(({ o }) => !kept(o['max-age'])).map(({ c }) => c);
      if (ignores.length > 0)
        out.push({ who, what: 'does not keep, even with max-age=60 (stricter than RFC 9111 asks, but a surprise)', codes: ignores });
      const heuristicMissed = all.filter(({ c, o }) => HEURISTIC_RFC9110.includes(c) && !kept(o['last-modified'])).map(({ c }) => c);
      if (heuristicMissed.length > 0) {
        out.push({
          who,
          what: 'gives no heuristic freshness (only Last-Modified) to these heuristically cacheable codes',
          codes: heuristicMissed,
        });
      }
    }
    const hits = codes.flatMap((c) => {
      const results = m.codes[String(c)];
      return results && !isNotMeasured(results)
        ? VARIANT_IDS.flatMap((v) => cellsOf(results[id]?.[v]).filter((x) => x.from === 'cache'))
        : [];
    });
    if (hits.length > 0 && hits.every((h) => h.age === undefined)) {
      out.push({ who, what: 'sends no Age header on a response served from its cache, which RFC 9111 §4 requires', codes: [] });
    }
  }
  for (const cdn of data.cdns.cdns) {
    const who = cdnName(cdn);
    const beyond = codes.filter((c) => {
      const cell = cdnCell(cdn, c);
      return !isHeuristic(c) && cell.documented && 'rule' in cell && cell.rule.stored === 'yes';
    });
    if (beyond.length > 0)
      out.push({ who, what: 'documents keeping with no caching headers codes that are not heuristically cacheable', codes: beyond });
    for (const rule of cdn.rules) {
      if (rule.honoursCacheControl === 'partly' && /\bignored?\b/.test(rule.note)) out.push({ who, what: rule.note, codes: rule.codes });
    }
    if (cdn.otherCodes.honoursCacheControl === 'no') out.push({ who, what: cdn.otherCodes.note, codes: [] });
  }
  return out;
}
