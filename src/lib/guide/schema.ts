/**
 * The shape of the decision guide (content/guide/<step>.yaml). The content collection validates
 * the files with it
 * (src/content.config.ts); the checks that need several files live in src/lib/guide/validate.ts.
 * Like src/lib/codes/schema.ts it imports nothing from Astro's runtime, so Node runs it directly.
 */
import { z } from 'astro/zod';
import { FIELD_NAME, whole } from '../codes/http-syntax.ts';

/** A URL segment: lower-case words joined by hyphens ("bad-input"). */
const slug = () => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/** A header to send with a recommended code, and what to put in it. */
export const headerAdviceSchema = z.object({
  /** The field name as on the wire: "Retry-After". */
  name: z.string().regex(whole(FIELD_NAME), 'must be a header field name'),
  /** What it carries here, in a short phrase: "the URL of the new resource". */
  note: z.string().min(1),
});

/**
 * A word of a question or an answer that a newcomer may not know, and what it means in plain
 * words; shown under the question. The build requires one for every word of GUIDE_JARGON
 * (src/lib/guide/validate.ts) that a question or an answer uses.
 */
export const termSchema = z.object({
  /** The word as the question or an answer uses it: "origin". */
  term: z.string().min(1),
  /** What it means here, in a short phrase of plain words: "the application server your proxy passes requests to". */
  means: z.string().min(10),
});

/**
 * A recommendation: where an answer ends. It has its own page (/guide/<id>/), so each advice
 * has a permanent URL people can paste into a code review.
 */
export const endSchema = z
  .object({
    /** The page's URL segment, unique across all steps and ends: "validation-failed". */
    id: slug(),
    /**
     * The situation as a question, the start of the page heading and of its search result:
     * "Which code for a validation error?" (the codes' names are appended).
     */
    question: z.string().min(10).max(60).regex(/\?$/, 'must end with a question mark'),
    /** The meta description: one sentence, shown in search engines and link previews. */
    description: z.string().min(40).max(200),
    /** The code to send, or two codes when a rule decides between them; registered codes only. */
    codes: z.array(z.number().int()).min(1).max(2),
    /** How to choose between the two codes; required when there are two, unused otherwise. */
    rule: z.string().min(1).optional(),
    /** Why this code, in a sentence or two of our own, with the spec's reasoning. */
    why: z.string().min(20),
    /** The headers to send with it: Location for 201 and 3xx, WWW-Authenticate for 401 ... */
    headers: z.array(headerAdviceSchema).default([]),
    /** The comparison page (content/compare/<slug>.yaml) that sets the code beside its neighbours. */
    compare: slug().optional(),
    /** Plain-words glosses for the words of the question a newcomer may not know; none by default. */
    terms: z.array(termSchema).default([]),
  })
  .superRefine((end, ctx) => {
    if (end.codes.length === 2 && !end.rule) {
      ctx.addIssue({ code: 'custom', path: ['rule'], message: 'is required when an end recommends two codes' });
    }
    if (end.codes.length === 1 && end.rule) {
      ctx.addIssue({ code: 'custom', path: ['rule'], message: 'is only for an end with two codes' });
    }
  });

/** One answer to a question: it leads either to another step or to a recommendation. */
export const answerSchema = z
  .object({
    /** The answer as the reader would say it: "It fails a validation rule". */
    label: z.string().min(1).max(90),
    /** A short example that helps the reader recognise the case: "an email without @". */
    hint: z.string().min(1).optional(),
    /** The id (file name) of the next step. */
    next: slug().optional(),
    /** The recommendation this answer ends on. */
    end: endSchema.optional(),
  })
  .refine((a) => Boolean(a.next) !== Boolean(a.end), 'needs exactly one of next (a step) or end (a recommendation)');

/** One question of the guide: content/guide/<id>.yaml, served at /guide/<id>/ (start at /guide/). */
export const stepSchema = z.object({
  /**
   * The question, the page heading: "What is wrong with the request?" At most 50 characters: the
   * page title adds " – status code guide" (src/components/guide/GuideStep.astro), and a title longer
   * than 70 characters is cut off in search results (html-validate's long-title rule).
   */
  question: z.string().min(10).max(50).regex(/\?$/, 'must end with a question mark'),
  /** The meta description: one sentence, shown in search engines and link previews. */
  description: z.string().min(40).max(200),
  /** A sentence or two under the question that helps the reader choose. */
  intro: z.string().min(1).optional(),
  /** Two to five answers, each a link. */
  answers: z.array(answerSchema).min(2).max(5),
  /** Plain-words glosses for the words of the question and answers a newcomer may not know; none by default. */
  terms: z.array(termSchema).default([]),
});

export type HeaderAdvice = z.output<typeof headerAdviceSchema>;
export type Term = z.output<typeof termSchema>;
export type EndData = z.output<typeof endSchema>;
export type AnswerData = z.output<typeof answerSchema>;
export type StepData = z.output<typeof stepSchema>;
