/**
 * The shape of a code entry (content/codes/<code>.mdx), the one definition of it: the content
 * collection validates entries with it (src/content.config.ts), the types below are derived
 * from it, and the tests parse the entries with it. It imports nothing from Astro's runtime, so
 * Node runs it directly (the unit tests do).
 */
import { z } from 'astro/zod';
import { FIELD_NAME, STATUS_LINE, whole } from './http-syntax.ts';
import { constantSchema, LANGUAGE_KEYS } from './languages.ts';

const httpsUrl = () => z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

/** A document that defines or reports a code: an RFC section, a draft, a vendor's page. */
export const citationSchema = z.object({
  /** The document's name as people cite it: "RFC 9110", "draft-ietf-httpbis-resumable-upload". */
  document: z.string().min(1),
  /** The section number inside the document, without the "§": "15.5.5". */
  section: z.string().min(1).optional(),
  /** A link straight to that section. */
  url: httpsUrl(),
});

/** One meaning that a vendor or a piece of software gives to the number. */
export const vendorMeaningSchema = z.object({
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
    url: httpsUrl().optional(),
    quality: z.enum(['primary', 'secondary']),
  }),
});

/** A response example starts with a status line on a line of its own. */
const RESPONSE_START = new RegExp(`^${STATUS_LINE.source}\n`);
/** A header field name, alone. */
const HEADER_NAME = whole(FIELD_NAME);

/** One example exchange, written as the raw HTTP a developer would see on the wire. */
export const exampleSchema = z
  .object({
    /** What the example shows: "A client that sends requests too quickly". */
    title: z.string().min(1),
    /** Request line and headers (and body), as sent. */
    request: z.string().min(1).optional(),
    /** Status line and headers (and body), as received. Omitted when nothing is sent. */
    response: z.string().regex(RESPONSE_START, 'must start with a status line such as "HTTP/1.1 404 Not Found"').optional(),
    /** A server log line, for codes that only ever appear in logs. */
    log: z.string().min(1).optional(),
  })
  .refine((e) => e.request || e.response || e.log, 'needs at least one of request, response or log');

/** The registration states of the IANA registry, plus "unofficial" for codes no RFC registers. */
export const STATUSES = ['permanent', 'temporary', 'unused', 'deprecated', 'obsoleted', 'unofficial'] as const;
/**
 * What a client should do about retrying; shown with RETRY_LABELS (src/lib/codes/labels.ts).
 * "user-action-only": not automatically, only when a person asks again (507, RFC 4918 §11.5).
 * "other-connection": the same request, unchanged, over a different connection (421, RFC 9110 §15.5.20).
 * "not-automatically": nothing retries on its own, yet the same request may succeed later, since
 *   the code says nothing about how long the condition lasts (404, RFC 9110 §15.5.5).
 * "after-resolving": once the conflict is resolved, by changing the request or because the
 *   resource's state changed; the same request can then succeed (409, RFC 9110 §15.5.10).
 * "may-repeat": the client may send the same request again, any method, on a new connection if
 *   the old one is unusable (408, RFC 9110 §15.5.9).
 * "after-handshake": a request sent in TLS early data is sent again, automatically, once the
 *   handshake has completed and never in early data; Retry-After plays no part (425, RFC 8470 §5.2).
 */
export const RETRY_ADVICE = [
  'not-needed',
  'never',
  'not-automatically',
  'after-change',
  'after-resolving',
  'later',
  'idempotent-only',
  'user-action-only',
  'other-connection',
  'may-repeat',
  'after-handshake',
] as const;

/**
 * Whether the condition is meant to last; see PERMANENCE_LABELS (src/lib/codes/facts.ts).
 * "not-a-move": the response points to a different resource and nothing moved, so neither
 * permanent nor temporary applies (303: an indirect response, RFC 9110 §15.4 and §15.4.4).
 */
export const PERMANENCE = ['permanent', 'temporary', 'not-a-move'] as const;

/**
 * Whose problem a response reports, when the class alone does not say it; see FAULT_LABELS
 * (src/lib/codes/facts.ts). "network": the network the client is on wants it to log in first, the
 * captive portal of RFC 6585 §6 (511). "connection": no response arrived at all and the client
 * library made the number up (most 599s).
 */
export const FAULTS = ['none', 'client', 'server', 'upstream', 'network', 'connection'] as const;

export const codeSchema = z
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
    status: z.enum(STATUSES),
    /**
     * A caveat shown beside the registration status where the registry alone would mislead:
     * "RFC 4918 dropped 102; no current specification defines it." Our own words.
     */
    statusNote: z.string().min(1).optional(),
    /** The defining document and section. Required for every registered code. */
    spec: citationSchema.optional(),
    /** Dates of a temporary registration, as YAML dates (2024-11-13). */
    registration: z.object({ registered: z.coerce.date(), expires: z.coerce.date() }).optional(),
    /** Names the code had before, with the document that used them. */
    earlierNames: z.array(z.object({ name: z.string().min(1), source: z.string().min(1) })).default([]),
    /** Vendor meanings: required for unofficial codes, and the vendor reuses of registered ones. */
    vendorMeanings: z.array(vendorMeaningSchema).default([]),
    /** Codes worth reading next; each must have its own entry. */
    related: z.array(z.number().int()).default([]),
    /** The codes people mix this one up with, and the one-line difference. */
    confusedWith: z.array(z.object({ code: z.number().int(), difference: z.string().min(1) })).default([]),
    /** Header fields that matter with this code, spelled as on the wire: "Retry-After". */
    headers: z.array(z.string().regex(HEADER_NAME, 'must be a header field name')).default([]),
    /**
     * Words people type when they look for this code, in their own words ("logged in",
     * "access denied"): short phrases, or a server's error line pasted whole. Indexed for search
     * and used to correct typos. At least ten, so every code can be found in plain words.
     */
    searchTerms: z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .refine((t) => t.split(/\s+/).length <= 9, 'must be a short phrase (at most 9 words)'),
      )
      .min(10, 'needs at least 10 search terms: the words people type for this code')
      .refine((terms) => new Set(terms.map((t) => t.toLowerCase())).size === terms.length, 'repeats a search term'),
    /** At least one realistic exchange. */
    examples: z.array(exampleSchema).min(1),
    /** Facts at a glance; the comparison tables are built from them. */
    facts: z.object({
      /** Heuristically cacheable without explicit freshness (RFC 9110 §15.1). */
      cacheableByDefault: z.boolean(),
      /** Whether the response may carry content: 1xx, 204 and 304 never do. */
      mayHaveContent: z.boolean(),
      /** What a client should do about retrying: see RETRY_LABELS in src/lib/codes/labels.ts. */
      retry: z.enum(RETRY_ADVICE),
      /** Whether a client follows the response's Location on its own. */
      redirects: z.boolean(),
      /**
       * Whether the condition is meant to last: redirects (301/308 permanent, 302/307
       * temporary, 303 not a move at all) and absence (410 permanent, 404 says nothing, so it is
       * left out). Values and their meaning: PERMANENCE above.
       */
      permanence: z.enum(PERMANENCE).optional(),
      /**
       * For redirects: what the client does with the method when it follows Location.
       * "may-change" (POST may become GET), "becomes-get" (always GET), "kept" (method and body kept).
       */
      method: z.enum(['may-change', 'becomes-get', 'kept']).optional(),
      /**
       * Whose problem the response reports, when the class alone does not say it: "upstream"
       * for a gateway reporting the server behind it, and the others in FAULTS above.
       * Otherwise derived from the class.
       */
      fault: z.enum(FAULTS).optional(),
    }),
    /**
     * The constant for this code in common libraries, only where it truly exists. Keys and
     * the library source each was checked against live in src/lib/codes/languages.ts. A list gives
     * the current name first, then older names with the versions that changed them.
     */
    inCode: z.partialRecord(z.enum(LANGUAGE_KEYS), z.union([z.string().min(1), z.array(constantSchema).min(1)])).default({}),
  })
  .superRefine((entry, ctx) => {
    if (entry.status !== 'unofficial' && !entry.spec) {
      ctx.addIssue({ code: 'custom', path: ['spec'], message: 'is required for a registered code (status is not "unofficial")' });
    }
    if (entry.status === 'unofficial' && entry.vendorMeanings.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['vendorMeanings'],
        message: 'needs at least one meaning with its origin for an unofficial code',
      });
    }
    if (entry.status === 'temporary' && !entry.registration) {
      ctx.addIssue({ code: 'custom', path: ['registration'], message: 'is required for a temporary registration' });
    }
  });

/** An entry's frontmatter after validation, defaults filled in. */
export type CodeData = z.output<typeof codeSchema>;
export type Status = CodeData['status'];
export type Facts = CodeData['facts'];
export type Citation = z.output<typeof citationSchema>;
export type VendorMeaning = z.output<typeof vendorMeaningSchema>;
export type Example = z.output<typeof exampleSchema>;
