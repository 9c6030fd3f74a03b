/**
 * What CDNs and search-engine crawlers document about each status code, as opposed to what the
 * caches measured here do (a sibling data file). Two files: content/caches/cdns.yaml (which codes a
 * CDN stores with no caching headers, for how long, whether Cache-Control on an error counts) and
 * content/caches/crawlers.yaml (what Google and Bing say their crawlers do with a code). Every rule
 * cites the vendor's own page and says when it was read, because vendors change these defaults
 * (CloudFront cached errors for 5 minutes until about 2019, 10 seconds now) and old blog posts keep
 * repeating the old numbers.
 *
 * The files are written as rules over lists of codes, the way the vendors write them; the per-code
 * view a table cell needs is derived here (cdnCell, crawlerEntriesFor), so a code no rule names
 * says "not documented" instead of inheriting a guess. Like src/lib/messages/schema.ts this imports
 * nothing from Astro's runtime, so Node runs it directly; the loaders use js-yaml, as the tests do.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'astro/zod';

const httpsUrl = () => z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
const slug = () => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const code = () => z.number().int().min(100).max(599);
/** Table cells are narrow and read at 320 px: a note says one thing. */
const cell = () => z.string().min(3).max(160);
/** "2026-12-07", or "2026-12" when only the month is known. */
const readOn = () => z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date: YYYY-MM or YYYY-MM-DD');

/** A vendor page a rule comes from. */
export const vendorSourceSchema = z.object({
  /** What the page is, as its vendor titles it: "Cloudflare docs: Cache by status code". */
  title: z.string().min(3).max(120),
  url: httpsUrl(),
});

/** A page that was read, with when, so a reader can tell a 2026 default from a 2019 one. */
export const docReadSchema = vendorSourceSchema.extend({
  read: readOn(),
  /**
   * Which version of the page was read when it is not the live one: "GitHub source, last changed
   * 2022-01-03", "zh-CN translation of the current page". Absent: the current page itself.
   */
  version: z.string().min(3).max(160).optional(),
});

/**
 * Whether the CDN keeps a response with this code in its edge cache when the origin sends no
 * caching headers. The middle values exist because that is how the vendors write it: CloudFront
 * keeps a 403 only when it carries max-age, Akamai keeps a 404 only if a behavior is switched on.
 */
export const STORED = [
  'yes', // stored by default, with no caching headers
  'no', // not stored, whatever the headers say (unless reconfigured)
  'only-with-headers', // stored only when the origin sends freshness (max-age, s-maxage, Expires)
  'if-enabled', // stored only after a setting or behavior is switched on; the TTL is its default
  'not-documented', // the vendor names the code but does not say whether it is stored
] as const;

/** Whether the origin's Cache-Control on this code changes what the CDN does. */
export const HONOURS = [
  'yes', // max-age/s-maxage set the TTL and no-store/private prevent storing
  'partly', // some directives count, others are ignored (the note says which)
  'no', // headers are ignored for this code
  'not-documented',
] as const;

export const cdnRuleSchema = z.object({
  /** The codes the vendor names together; each must have an entry in content/codes. */
  codes: z.array(code()).min(1),
  stored: z.enum(STORED),
  /** How long, in the vendor's unit: "120 min", "10 s", "1–3 days, random". Absent: not stored. */
  ttl: z.string().min(2).max(80).optional(),
  honoursCacheControl: z.enum(HONOURS),
  /** One sentence of our own that a table cell can show. */
  note: cell(),
  source: vendorSourceSchema,
  /** When the rule's text was read, or how old the version read is ("docs source 2022-01-03"). */
  asOf: z.string().min(4).max(80),
});

/** What a CDN does with a code none of its rules names. */
export const cdnDefaultSchema = z.object({
  stored: z.enum(STORED),
  honoursCacheControl: z.enum(HONOURS),
  note: cell(),
  source: vendorSourceSchema,
});

export const cdnSchema = z.object({
  /** Stable id, used in anchors and the per-code view: "cloudflare". */
  id: slug(),
  /** The product as its vendor names it: "Amazon CloudFront". */
  name: z.string().min(2).max(60),
  /** The plan, mode or rule format the rules hold for, when that changes them. */
  context: z.string().min(10).max(300),
  docs: z.array(docReadSchema).min(1),
  rules: z.array(cdnRuleSchema).min(1),
  otherCodes: cdnDefaultSchema,
  /** Negative caching in one or two sentences: the setting, its default, its limits. */
  negativeCaching: z.string().min(10).max(300),
});

export const cdnFileSchema = z.object({
  /** When the whole file was last checked against the vendors' pages. */
  checked: readOn(),
  cdns: z.array(cdnSchema).min(1),
});

/** The classes a crawler rule may name instead of listing every code. */
export const CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;

/**
 * How directly the fact was read: on the vendor's page here, or only as a summary that quotes the
 * page (when the stored copy of the page could not be opened). Recorded so a reviewer knows which
 * cells to re-read first.
 */
export const EVIDENCE = ['vendor-page', 'vendor-summary'] as const;

export const crawlerEntrySchema = z
  .object({
    /** The codes the entry is about; each must have an entry in content/codes. */
    codes: z.array(code()).optional(),
    /** Or a whole class, as the vendor writes it ("all 4xx except 429"). */
    class: z.enum(CLASSES).optional(),
    /** Codes of the class the entry does not cover. */
    except: z.array(code()).default([]),
    /** What happens to the URL in the index. */
    indexing: cell().optional(),
    /** What happens to crawling (of the URL, or of the whole host). */
    crawling: cell().optional(),
    /** What the code tells the search engine (canonical choice, a temporary state). */
    signal: cell().optional(),
    /** When the rule applies to robots.txt rather than to a page. */
    robotsTxt: z.boolean().default(false),
    source: vendorSourceSchema,
    evidence: z.enum(EVIDENCE),
    asOf: z.string().min(4).max(80),
  })
  .superRefine((e, ctx) => {
    if ((e.codes === undefined) === (e.class === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['codes'], message: 'needs exactly one of codes or class' });
    }
    if (!e.indexing && !e.crawling && !e.signal) {
      ctx.addIssue({ code: 'custom', path: ['indexing'], message: 'needs at least one of indexing, crawling or signal' });
    }
    if (e.except.length && !e.class) {
      ctx.addIssue({ code: 'custom', path: ['except'], message: 'only makes sense with class' });
    }
  });

export const crawlerSchema = z.object({
  id: slug(),
  /** "Google Search", "Bing". */
  name: z.string().min(2).max(60),
  docs: z.array(docReadSchema).min(1),
  entries: z.array(crawlerEntrySchema).min(1),
});

export const crawlerFileSchema = z.object({
  checked: readOn(),
  crawlers: z.array(crawlerSchema).min(1),
});

export type CdnRule = z.output<typeof cdnRuleSchema>;
export type Cdn = z.output<typeof cdnSchema>;
export type CdnFile = z.output<typeof cdnFileSchema>;
export type CrawlerEntry = z.output<typeof crawlerEntrySchema>;
export type Crawler = z.output<typeof crawlerSchema>;
export type CrawlerFile = z.output<typeof crawlerFileSchema>;

/** One cell of the codes × CDNs matrix. */
export type CdnCell = { documented: true; rule: CdnRule } | { documented: true; otherCodes: Cdn['otherCodes'] } | { documented: false };

/**
 * What a CDN documents for one code: the rule that names it, else the CDN's rule for codes no rule
 * names, unless that rule itself is "not documented", in which case the cell says so.
 */
export function cdnCell(cdn: Cdn, status: number): CdnCell {
  const rule = cdn.rules.find((r) => r.codes.includes(status));
  if (rule) return { documented: true, rule };
  if (cdn.otherCodes.stored === 'not-documented') return { documented: false };
  return { documented: true, otherCodes: cdn.otherCodes };
}

/** Whether a crawler entry covers a code, by listing it or by its class. */
export function entryCovers(entry: CrawlerEntry, status: number): boolean {
  if (entry.codes) return entry.codes.includes(status);
  return `${Math.floor(status / 100)}xx` === entry.class && !entry.except.includes(status);
}

/** Every entry of a crawler that covers a code, pages first, then robots.txt. */
export function crawlerEntriesFor(crawler: Crawler, status: number): CrawlerEntry[] {
  const hits = crawler.entries.filter((e) => entryCovers(e, status));
  return [...hits.filter((e) => !e.robotsTxt), ...hits.filter((e) => e.robotsTxt)];
}

/** Every code a file names, for the check that each has an entry. */
export function codesNamedInCdns(file: CdnFile): number[] {
  return [...new Set(file.cdns.flatMap((c) => c.rules.flatMap((r) => r.codes)))].sort((a, b) => a - b);
}
export function codesNamedInCrawlers(file: CrawlerFile): number[] {
  const all = file.crawlers.flatMap((c) => c.entries.flatMap((e) => [...(e.codes ?? []), ...e.except]));
  return [...new Set(all)].sort((a, b) => a - b);
}

/**
 * The checks one schema cannot make: every code named has an entry, no code is named by two rules
 * of the same CDN (a cell must have one answer), and ids are unique. One line per problem.
 */
export function documentedProblems(cdns: CdnFile, crawlers: CrawlerFile, codes: ReadonlySet<number>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const cdn of cdns.cdns) {
    if (ids.has(cdn.id)) problems.push(`content/caches/cdns.yaml: cdn "${cdn.id}" appears twice`);
    ids.add(cdn.id);
    const seen = new Map<number, number>();
    cdn.rules.forEach((r, i) => {
      for (const c of r.codes) {
        if (!codes.has(c)) problems.push(`content/caches/cdns.yaml: ${cdn.id} rules.${i} names ${c}, which has no entry in content/codes`);
        const first = seen.get(c);
        if (first !== undefined) problems.push(`content/caches/cdns.yaml: ${cdn.id} names ${c} in rules.${first} and rules.${i}`);
        else seen.set(c, i);
      }
      if (r.stored !== 'no' && r.stored !== 'not-documented' && !r.ttl)
        problems.push(`content/caches/cdns.yaml: ${cdn.id} rules.${i} is stored (${r.stored}) but gives no ttl`);
    });
  }
  for (const crawler of crawlers.crawlers) {
    if (ids.has(crawler.id)) problems.push(`content/caches/crawlers.yaml: id "${crawler.id}" is used twice`);
    ids.add(crawler.id);
    crawler.entries.forEach((e, i) => {
      for (const c of [...(e.codes ?? []), ...e.except]) {
        if (!codes.has(c))
          problems.push(`content/caches/crawlers.yaml: ${crawler.id} entries.${i} names ${c}, which has no entry in content/codes`);
      }
    });
  }
  return problems;
}

/** Reads and validates content/caches/cdns.yaml (or another path, for tests). */
export function loadCdns(path: string): CdnFile {
  return cdnFileSchema.parse(load(readFileSync(path, 'utf8')));
}

/** Reads and validates content/caches/crawlers.yaml. */
export function loadCrawlers(path: string): CrawlerFile {
  return crawlerFileSchema.parse(load(readFileSync(path, 'utf8')));
}
