import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { LANGUAGE_KEYS } from './lib/languages';
import { checkEntries, CODES_DIR, idFromFile, type EntryRefs } from './lib/validate';

/** A document that defines or reports a code: an RFC section, a draft, a vendor's page. */
const citation = z.object({
  /** The document's name as people cite it: "RFC 9110", "draft-ietf-httpbis-resumable-upload". */
  document: z.string().min(1),
  /** The section number inside the document, without the "§": "15.5.5". */
  section: z.string().min(1).optional(),
  /** A link straight to that section. */
  url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }),
});

/** One meaning that a vendor or a piece of software gives to the number. */
const vendorMeaning = z.object({
  /** The name the vendor uses: "Client Closed Request". */
  name: z.string().min(1),
  /** Who uses it: "nginx", "Cloudflare", "AWS Application Load Balancer". */
  origin: z.string().min(1),
  /** What it means there, in one or two sentences of our own. */
  description: z.string().min(1),
  /** What the client actually receives, when that differs from the number itself. */
  clientReceives: z.string().min(1).optional(),
  /** Where the fact comes from. Primary: the vendor's own code or documentation. */
  source: z.object({
    name: z.string().min(1),
    url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).optional(),
    quality: z.enum(['primary', 'secondary']),
  }),
});

/** One example exchange, written as the raw HTTP a developer would see on the wire. */
const example = z
  .object({
    /** What the example shows: "A client that sends requests too quickly". */
    title: z.string().min(1),
    /** Request line and headers (and body), as sent. */
    request: z.string().min(1).optional(),
    /** Status line and headers (and body), as received. Omitted when nothing is sent. */
    response: z
      .string()
      .regex(/^HTTP\/(1\.0|1\.1|2|3) [1-5]\d\d( [^\n]*)?\n/, 'must start with a status line such as "HTTP/1.1 404 Not Found"')
      .optional(),
    /** A server log line, for codes that only ever appear in logs. */
    log: z.string().min(1).optional(),
  })
  .refine((e) => e.request || e.response || e.log, 'needs at least one of request, response or log');

const codes = defineCollection({
  loader: checkedGlob(),
  schema: z
    .object({
      /** The status code: a whole number from 100 to 599, equal to the file name. */
      code: z.number().int().min(100).max(599),
      /** The reason phrase, as the defining document spells it today ("Content Too Large"). */
      phrase: z.string().min(1),
      /** One sentence for the cheatsheet row and the meta description. */
      summary: z.string().min(20).max(200),
      /**
       * Registration state in the IANA registry: permanent, temporary (registered for a draft,
       * expires), unused (reserved), deprecated (the spec says do not use), obsoleted (its RFC
       * went Historic), or unofficial (no RFC registers it).
       */
      status: z.enum(['permanent', 'temporary', 'unused', 'deprecated', 'obsoleted', 'unofficial']),
      /** The defining document and section. Required for every registered code. */
      spec: citation.optional(),
      /** Dates of a temporary registration, as YAML dates (2024-11-13). */
      registration: z.object({ registered: z.coerce.date(), expires: z.coerce.date() }).optional(),
      /** Names the code had before, with the document that used them. */
      earlierNames: z.array(z.object({ name: z.string().min(1), source: z.string().min(1) })).default([]),
      /** Vendor meanings: required for unofficial codes, and the vendor reuses of registered ones. */
      vendorMeanings: z.array(vendorMeaning).default([]),
      /** Codes worth reading next; each must have its own entry. */
      related: z.array(z.number().int()).default([]),
      /** The codes people mix this one up with, and the one-line difference. */
      confusedWith: z.array(z.object({ code: z.number().int(), difference: z.string().min(1) })).default([]),
      /** Header fields that matter with this code, spelled as on the wire: "Retry-After". */
      headers: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'must be a header field name')).default([]),
      /** Words people type when they look for this code; indexed for search and shown on the page. */
      searchTerms: z.array(z.string().min(1)).default([]),
      /** At least one realistic exchange. */
      examples: z.array(example).min(1),
      /** Facts at a glance. */
      facts: z.object({
        /** Heuristically cacheable without explicit freshness (RFC 9110 §15.1). */
        cacheableByDefault: z.boolean(),
        /** Whether the response may carry content: 1xx, 204 and 304 never do. */
        mayHaveContent: z.boolean(),
        /** What a client should do about retrying: see RETRY_LABELS in src/lib/facts.ts. */
        retry: z.enum(['not-needed', 'never', 'after-change', 'later', 'idempotent-only']),
        /** Whether a client follows the response's Location on its own. */
        redirects: z.boolean(),
      }),
      /**
       * The constant for this code in common libraries, only where it truly exists. Keys and
       * the library source each was checked against live in src/lib/languages.ts.
       */
      inCode: z.partialRecord(z.enum(LANGUAGE_KEYS), z.string().min(1)).default({}),
    })
    .superRefine((entry, ctx) => {
      if (entry.status !== 'unofficial' && !entry.spec) {
        ctx.addIssue({ code: 'custom', path: ['spec'], message: 'is required for a registered code (status is not "unofficial")' });
      }
      if (entry.status === 'unofficial' && entry.vendorMeanings.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['vendorMeanings'], message: 'needs at least one meaning with its origin for an unofficial code' });
      }
      if (entry.status === 'temporary' && !entry.registration) {
        ctx.addIssue({ code: 'custom', path: ['registration'], message: 'is required for a temporary registration' });
      }
    }),
});

/**
 * The glob loader, followed by the checks that need the file name or the other entries:
 * a code must match its file name, and every code an entry points to must exist. Throwing
 * here fails `astro sync`, `astro dev` and `astro build` alike, with the file and field named.
 */
function checkedGlob(): Loader {
  const inner = glob({ base: CODES_DIR, pattern: '*.mdx', generateId: idFromFile });
  return {
    name: 'checked-codes-loader',
    load: async (context) => {
      await inner.load(context);
      checkEntries([...context.store.values()].map((e) => ({ filePath: e.filePath ?? e.id, data: e.data as EntryRefs['data'] })));
    },
  };
}

export const collections = { codes };
