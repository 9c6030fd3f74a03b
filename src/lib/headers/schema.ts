/**
 * The shape of the header catalogue (content/headers/headers.yaml): the header fields that status
 * codes depend on, each with its syntax, its defining section and the codes it goes with, at the
 * strength the specification gives (MUST, SHOULD, MAY) or "pairs" where the two are commonly sent
 * together without any requirement. The page for each header and the header list on each code page
 * are built from it. Like src/lib/codes/schema.ts it imports nothing from Astro's runtime, so Node
 * runs it directly.
 */
import { z } from 'astro/zod';

const httpsUrl = () => z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

/**
 * How strongly the specification ties the header to the code, in its own keyword. "pairs" is for a
 * header commonly sent with the code where no document requires or recommends it, so a page never
 * shows a keyword the text does not use.
 */
export const LEVELS = ['must', 'should', 'may', 'must-not', 'should-not', 'pairs'] as const;

/**
 * Who the keyword binds. A level alone misleads: 407's MUST binds the proxy, and "MUST ignore
 * Alt-Svc in a 421" binds the client, not the server that sent it.
 */
export const ACTORS = ['server', 'proxy', 'client', 'cache'] as const;

/** Where the header travels: in the response with the code, or in the request that leads to it. */
export const CARRIED_IN = ['response', 'request'] as const;

/** A header field name as on the wire: "WWW-Authenticate". */
export const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

export const specSchema = z.object({
  /** "RFC 9110", or an Internet-Draft's name where no RFC defines the field yet. */
  document: z.string().min(3),
  /** The section number, as the document numbers it today: "10.2.3". */
  section: z.string().regex(/^[0-9A-Z]+(\.[0-9]+)*$/, 'must be a section number such as 10.2.3'),
  url: httpsUrl(),
});

export const headerCodeSchema = z.object({
  /** The status code; it must have an entry in content/codes. */
  code: z.number().int().min(100).max(599),
  level: z.enum(LEVELS),
  /**
   * When the keyword applies only in some cases ("when a 200 would carry it", "for a single
   * part"): the code page says so, and an example need not show the header.
   */
  condition: z.string().min(5).max(60).optional(),
  /** Whom the keyword binds; for "pairs", who sends the header. */
  actor: z.enum(ACTORS),
  in: z.enum(CARRIED_IN),
  /** The section that states the relation, which may be another document's than the header's own. */
  document: z.string().min(3),
  section: z.string().regex(/^[0-9A-Z]+(\.[0-9]+)*$/, 'must be a section number such as 15.5.2'),
  url: httpsUrl(),
  /** What the text says, in our own words: "the server MUST send one challenge or more". */
  note: z.string().min(10).max(120),
});

export const headerSchema = z.object({
  /** As on the wire: "Retry-After". */
  name: z.string().regex(HEADER_NAME, 'must be a header field name'),
  /** Its page: /headers/<slug>/. The name in lower case. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  /** One sentence for lists and the meta description. */
  summary: z.string().min(20).max(140),
  /** Two to four sentences of our own: what it means and how it is used. */
  about: z.string().min(80).max(700),
  /** The shape of its value and one example line or more: "Retry-After: 120". */
  syntax: z.string().min(5).max(400),
  spec: specSchema,
  direction: z.enum(['request', 'response', 'both']),
  codes: z.array(headerCodeSchema).min(1),
});

export const headersFileSchema = z.array(headerSchema).min(20);

export type HeaderData = z.output<typeof headerSchema>;
export type HeaderCode = z.output<typeof headerCodeSchema>;
export type HeaderLevel = (typeof LEVELS)[number];
