/**
 * The shape of the comparisons (content/compare/<slug>.yaml): families of codes people mix up,
 * each served at /compare/<slug>/. The content collection validates the files with it
 * (src/content.config.ts); the check that needs the code entries lives in src/lib/compare/validate.ts.
 * It imports nothing from Astro's runtime, so Node runs it directly.
 */
import { z } from 'astro/zod';

/** One member of a comparison, and when to pick it. */
export const memberSchema = z.object({
  /** The status code; it must have an entry in content/codes. */
  code: z.number().int(),
  /** When to pick this code rather than the others, in one or two lines of our own. */
  pick: z.string().min(20),
});

/** A family of codes people mix up: content/compare/<slug>.yaml, served at /compare/<slug>/. */
export const comparisonSchema = z.object({
  /** The page heading and search result title: "301 vs 302 vs 303 vs 307 vs 308: which redirect?" */
  title: z.string().min(10).max(60),
  /** The meta description: one sentence, shown in search engines and link previews. */
  description: z.string().min(40).max(200),
  /** What the family has in common and the one question that splits it, in a few sentences. */
  intro: z.string().min(20),
  /** The members, in the order the table shows them. */
  codes: z.array(memberSchema).min(2).max(8),
});

export type ComparisonData = z.output<typeof comparisonSchema>;
