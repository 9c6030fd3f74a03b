/**
 * The shape of content/caches/measurements.json: what real caching proxies from Debian did with
 * each code, put in front of the test origin of scripts/caches/. `npm run caches`
 * writes it; the tests parse it and compare a fresh run with it. Imports nothing from Astro's
 * runtime, so Node runs it directly.
 */
import { z } from 'astro/zod';

/** The data file's name in content/caches/. */
export const MEASUREMENTS_FILE = 'measurements.json';

/**
 * The caches, in the order the pages show them. A configuration of one program is a cache of its
 * own: nginx keeps next to nothing until it is told how long to keep what, so its two common
 * settings are measured beside the stock one.
 */
export const CACHE_IDS = ['nginx', 'nginx-valid-10m', 'nginx-valid-any-1m', 'varnish', 'squid', 'apache', 'haproxy'] as const;
export type CacheId = (typeof CACHE_IDS)[number];

/**
 * What the origin sends besides the code's own headers (Location, WWW-Authenticate, Retry-After
 * ...): nothing about caching; an explicit lifetime; only a validator, for heuristic freshness;
 * and the two directives that forbid a shared cache to store.
 */
export const VARIANT_IDS = ['none', 'max-age', 'last-modified', 'private', 'no-store'] as const;
export type VariantId = (typeof VARIANT_IDS)[number];

/**
 * Where the second of two identical requests was answered from, judged by the requests the origin
 * received: `cache` when only the first reached it; `revalidated` when the second came as a
 * conditional request (If-Modified-Since, If-None-Match) the first did not carry; `origin` when it
 * was sent on unchanged.
 */
export const FROM = ['cache', 'revalidated', 'origin'] as const;

export const cellSchema = z
  .object({
    from: z.enum(FROM),
    /** The statuses the client got for the two requests, only when either is not the origin's (null: no response). */
    got: z.tuple([z.number().int().nullable(), z.number().int().nullable()]).optional(),
    /** The Age header of the second response, in seconds, when the cache sent one. */
    age: z.number().int().min(0).optional(),
    /** The cache's own word on the second response (X-Cache-Status, X-Cache, X-Varnish), where it says one. */
    says: z.string().min(1).optional(),
  })
  .strict();
export type Cell = z.output<typeof cellSchema>;

/** A cell that came out differently in the runs of one measurement: every value seen, in order. */
export const variesSchema = z.object({ varies: z.array(cellSchema).min(2) }).strict();
export type Varies = z.output<typeof variesSchema>;

/** A cell or a code the harness could not measure, with the reason: never left out silently. */
export const notMeasuredSchema = z.object({ notMeasured: z.string().min(1) }).strict();
export type NotMeasured = z.output<typeof notMeasuredSchema>;

export const resultSchema = z.union([cellSchema, variesSchema, notMeasuredSchema]);
export type Result = z.output<typeof resultSchema>;

/** One cache's results for one code: a result per header variant. */
export const variantsSchema = z.object(Object.fromEntries(VARIANT_IDS.map((v) => [v, resultSchema]))).strict() as unknown as z.ZodType<
  Record<VariantId, Result>
>;

/** One code: every cache's results, or why the code cannot be measured at all. */
export const codeResultsSchema = z.union([
  notMeasuredSchema,
  z.partialRecord(z.enum(CACHE_IDS), variantsSchema).superRefine((caches, ctx) => {
    const left = CACHE_IDS.filter((id) => !(id in caches));
    if (left.length > 0) ctx.addIssue({ code: 'custom', message: `has no results for ${left.join(', ')}` });
  }),
]);
export type CodeResults = NotMeasured | Partial<Record<CacheId, Record<VariantId, Result>>>;

export const cacheSchema = z.object({
  id: z.enum(CACHE_IDS),
  /** The program: "nginx", "Varnish", "Apache httpd mod_cache". */
  program: z.string().min(1),
  /** The configuration in a phrase: "stock builtin VCL", "proxy_cache_valid 10m;". */
  setting: z.string().min(1),
  /** The Debian package it runs from, and that package's version (dpkg). */
  debian: z.string().min(1),
  version: z.string().min(1).optional(),
  /** Where a cell's `says` comes from: the header and how it is read; absent when the cache sends none. */
  says: z.string().min(1).optional(),
  /** How the harness starts it, with the scratch folder and ports as {{DIR}}, {{PORT}}, {{ORIGIN_PORT}}. */
  command: z.string().min(1),
  /** The whole configuration file it ran with, placeholders as in `command`. */
  config: z.string().min(1),
  /** Why it could not be measured, when it could not: every cell then says not measured. */
  missing: z.string().min(1).optional(),
});
export type CacheInfo = z.output<typeof cacheSchema>;

export const measurementsSchema = z
  .object({
    /** The day of the run, as 2026-12-07. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Seconds the whole command took, every run and every cache included. */
    runSeconds: z.number().positive(),
    /** How many times every cell was measured; a cell that differed between them is `varies`. */
    runs: z.number().int().min(1),
    /** Where it ran: operating system and CPU count. */
    machine: z.string().min(1),
    /** How one cell is measured, in a sentence or two. */
    method: z.string().min(1),
    /** Per variant, the caching headers the origin added. */
    variants: z.object(Object.fromEntries(VARIANT_IDS.map((v) => [v, z.string().min(1)]))).strict(),
    /** Request headers the client sent for a code, where a plain GET would not be the request that code answers. */
    requests: z.record(z.string().regex(/^[1-5]\d\d$/), z.record(z.string(), z.string())),
    caches: z.array(cacheSchema).length(CACHE_IDS.length),
    /** By code ("404"), every cache's results. */
    codes: z.record(z.string().regex(/^[1-5]\d\d$/), codeResultsSchema),
  })
  .superRefine((m, ctx) => {
    CACHE_IDS.forEach((id, i) => {
      if (m.caches[i]?.id !== id) ctx.addIssue({ code: 'custom', path: ['caches', i], message: `must be ${id} (the order of CACHE_IDS)` });
    });
    for (const c of m.caches) {
      if (!c.version && !c.missing)
        ctx.addIssue({ code: 'custom', path: ['caches', c.id], message: 'needs a version, or `missing` with the reason' });
    }
  });

export type Measurements = z.output<typeof measurementsSchema>;

export const isNotMeasured = (r: Result | CodeResults | undefined): r is NotMeasured =>
  r !== undefined && 'notMeasured' in r && typeof r.notMeasured === 'string';

/** The cells a result stands for: one, every one seen when it varied, none when not measured. */
export const cellsOf = (r: Result | undefined): Cell[] => (r === undefined || 'notMeasured' in r ? [] : 'varies' in r ? r.varies : [r]);

/**
 * The data file as the harness writes it: one line per cache and one line per cache of a code,
 * so a regenerated file shows in a diff which cells changed.
 */
export function formatMeasurements(m: Measurements): string {
  const j = (v: unknown): string => JSON.stringify(v);
  const codes = Object.entries(m.codes)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([code, results]) => {
      if (isNotMeasured(results)) return `    ${j(code)}: ${j(results)}`;
      const lines = Object.entries(results).map(([cache, variants]) => `      ${j(cache)}: ${j(variants)}`);
      return `    ${j(code)}: {\n${lines.join(',\n')}\n    }`;
    });
  return [
    '{',
    `  "date": ${j(m.date)},`,
    `  "runSeconds": ${j(m.runSeconds)},`,
    `  "runs": ${j(m.runs)},`,
    `  "machine": ${j(m.machine)},`,
    `  "method": ${j(m.method)},`,
    `  "variants": ${j(m.variants)},`,
    `  "requests": ${j(m.requests)},`,
    '  "caches": [',
    m.caches.map((c) => `    ${j(c)}`).join(',\n'),
    '  ],',
    '  "codes": {',
    codes.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}
