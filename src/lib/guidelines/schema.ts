/**
 * The shape of content/guidelines/guidelines.yaml: what six API style guides prescribe per status
 * code, each rule cited by the guide's own identifier (a rule number, an anchor, a section) and
 * paraphrased, and the points on which the guides disagree. /guidelines/ and the per-code lines
 * (src/lib/guidelines/per-code.ts) are built from it. Like src/lib/headers/schema.ts it imports
 * nothing from Astro's runtime, so Node runs it directly.
 */
import { z } from 'astro/zod';

const httpsUrl = () => z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-12-07');
const statusCode = () => z.number().int().min(100).max(599);

/** The six guides this page covers, by the id their rules and positions use. */
export const GUIDELINE_IDS = ['azure', 'google', 'zalando', 'jsonapi', 'graphql', 'rfc9205'] as const;

export const ruleSchema = z.object({
  /**
   * The codes the rule names; each must have an entry in content/codes or be listed in the unit
   * test's allowance. Empty for advice about codes in general ("use the most specific code").
   */
  codes: z.array(statusCode()),
  /** The guide's own identifier, exactly as it writes it: "#243", "http-return-403-vs-404", "§4.6". */
  rule: z.string().min(2).max(60),
  /** What the rule says, in our own words: never the guide's sentence. */
  says: z.string().min(20).max(160),
  /** The rule itself, at its anchor where the guide has one. */
  url: httpsUrl(),
});

export const guidelineSchema = z.object({
  id: z.enum(GUIDELINE_IDS),
  /** "Microsoft Azure REST API Guidelines" */
  name: z.string().min(5).max(60),
  /** For table headings at 320 px: "Azure". */
  short: z.string().min(2).max(12),
  url: httpsUrl(),
  /** The version or state read: "1.1", "Stage 2 draft", "change history to 2025-03-28". */
  version: z.string().min(1).max(80),
  /** The source text read, where it differs from url (the repository and commit). */
  source: z.string().min(10).max(200),
  read: isoDate(),
  /** One or two sentences of our own: what the guide is and whom it binds. */
  about: z.string().min(40).max(300),
  rules: z.array(ruleSchema).min(3),
});

export const positionSchema = z.object({
  guideline: z.enum(GUIDELINE_IDS),
  codes: z.array(statusCode()).min(1),
  /** The rule id as in that guide's rules, or a section of an earlier version named in `says`. */
  rule: z.string().min(2).max(60),
  /** The position in a few words of our own. */
  says: z.string().min(10).max(160),
});

export const disagreementSchema = z.object({
  /** Its anchor on /guidelines/. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  /** "Validation failure: 400 or 422" */
  topic: z.string().min(10).max(80),
  positions: z.array(positionSchema).min(2),
  /** What the difference means for someone choosing, in our own words. */
  note: z.string().min(40).max(500),
});

export const guidelinesFileSchema = z.object({
  /** Bumped when the shape of the JSON export changes. */
  version: z.literal(1),
  guidelines: z.array(guidelineSchema).length(GUIDELINE_IDS.length),
  disagreements: z.array(disagreementSchema).min(5),
});

export type GuidelinesFile = z.output<typeof guidelinesFileSchema>;
export type Guideline = z.output<typeof guidelineSchema>;
export type GuidelineRule = z.output<typeof ruleSchema>;
export type GuidelineId = (typeof GUIDELINE_IDS)[number];
export type Disagreement = z.output<typeof disagreementSchema>;
