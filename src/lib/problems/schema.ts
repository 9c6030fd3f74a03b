/**
 * The shape of the problem-details examples (content/problems/problems.yaml): for each 4xx and 5xx
 * code with an entry, one realistic RFC 9457 application/problem+json response, the headers that
 * belong with it and the situation it answers. The code pages show it with a copy button. Like
 * src/lib/codes/schema.ts it imports nothing from Astro's runtime, so Node runs it directly.
 */
import { z } from 'astro/zod';

/** Where the examples' own problem types live; fictional, like the RFC's example.com. */
export const TYPE_BASE = 'https://api.example.com/problems/';

/**
 * An extension member's name as RFC 9457 §4 recommends it: a letter first, then letters, digits
 * and "_", three characters or more, so the body also serializes as XML.
 */
export const EXTENSION_NAME = /^[A-Za-z][A-Za-z0-9_]{2,}$/;

/** The five members RFC 9457 §3.1 defines; every other member is an extension. */
export const MEMBERS = ['type', 'title', 'status', 'detail', 'instance'] as const;

export const problemBodySchema = z
  .object({
    /** A URI under TYPE_BASE, or about:blank when the code says it all (RFC 9457 §4.2.1). */
    type: z.string().refine((t) => t === 'about:blank' || t.startsWith(TYPE_BASE), `must be about:blank or under ${TYPE_BASE}`),
    title: z.string().min(3).max(80),
    status: z.number().int().min(400).max(599),
    detail: z.string().min(10).max(200),
    /** Relative with a full path, or absolute, as RFC 9457 §3.1.5 recommends. */
    instance: z.string().regex(/^(\/|https:\/\/|urn:)/, 'must be an absolute URI or a path from the root'),
  })
  .catchall(z.unknown());

export const problemSchema = z.object({
  code: z.number().int().min(400).max(599),
  /** What happened, in a few words: "the access token expired". */
  situation: z.string().min(10).max(80),
  /** Response headers that go with the body; Content-Type first. */
  headers: z
    .record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/), z.string().min(1))
    .refine((h) => h['Content-Type'] === 'application/problem+json', 'must have Content-Type: application/problem+json'),
  body: problemBodySchema,
  /** No RFC registers the code; the body is shown all the same, with a note. */
  unofficial: z.boolean().default(false),
  /** Why sending this code as problem+json is unusual, or who really sends it. */
  note: z.string().min(10).max(240).optional(),
});

export const problemsFileSchema = z.array(problemSchema).min(1);

export type ProblemData = z.output<typeof problemSchema>;
