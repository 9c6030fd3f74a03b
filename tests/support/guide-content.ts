/**
 * The decision guide and the comparisons as the tests see them: content/guide and content/compare
 * parsed with the site's schemas, and every page of the guide walked from the start with its
 * trail. The walk is worked out here from the files, not with the site's own guideTree, so the
 * tests do not use the code they check as their oracle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { comparisonSchema, stepSchema, type ComparisonData, type EndData, type StepData } from '../../src/lib/guide-schema.ts';
import { RETRY_LABELS } from '../../src/lib/labels.ts';
import { FAULT_LABELS, METHOD_LABELS, PERMANENCE_LABELS } from '../../src/lib/facts.ts';
import { entries, type Entry } from './content.ts';

const content = join(import.meta.dirname, '..', '..', 'content');
const read = <T>(dir: string, parse: (data: unknown) => T): Map<string, T> =>
  new Map(
    readdirSync(join(content, dir))
      .sort()
      .map((f) => [f.replace('.yaml', ''), parse(load(readFileSync(join(content, dir, f), 'utf8')))]),
  );

export const steps = read('guide', (d) => stepSchema.parse(d));
export const comparisons: Map<string, ComparisonData> = read('compare', (d) => comparisonSchema.parse(d));

export function entryOf(code: number): Entry {
  const found = entries.find((e) => e.code === code);
  if (!found) throw new Error(`no entry for ${code}`);
  return found;
}

export interface GuidePage {
  id: string;
  url: string;
  /** The question and chosen answer of every step before this page, from the start. */
  trail: { url: string; question: string; answer: string; index: number }[];
  step?: StepData;
  end?: EndData;
}

/** The URL of a guide page, worked out here rather than with the site's guideHref. */
export const guideUrl = (id: string): string => (id === 'start' ? '/guide/' : `/guide/${id}/`);

/** Every page reached from the start, breadth first, each with its trail. */
function walk(): GuidePage[] {
  const pages: GuidePage[] = [{ id: 'start', url: guideUrl('start'), trail: [], step: steps.get('start')! }];
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i]!;
    for (const [index, answer] of (page.step?.answers ?? []).entries()) {
      const trail = [...page.trail, { url: page.url, question: page.step!.question, answer: answer.label, index }];
      if (answer.next) pages.push({ id: answer.next, url: guideUrl(answer.next), trail, step: steps.get(answer.next)! });
      if (answer.end) pages.push({ id: answer.end.id, url: guideUrl(answer.end.id), trail, end: answer.end });
    }
  }
  return pages;
}

export const guidePages = walk();
export const guideEnds = guidePages.filter((p) => p.end);

/**
 * The expected wording of each fact of a comparison table, worked out from the raw frontmatter.
 * The words come from the site's label tables; which value applies (and the fault a class
 * implies) is decided here.
 */
const yesNo = (v: boolean): string => (v ? 'Yes' : 'No');
export const FACTS: Record<string, (e: Entry) => string | undefined> = {
  permanence: (e) => (e.facts.permanence ? PERMANENCE_LABELS[e.facts.permanence] : undefined),
  method: (e) => (e.facts.method ? METHOD_LABELS[e.facts.method] : undefined),
  cacheable: (e) => yesNo(e.facts.cacheableByDefault),
  content: (e) => yesNo(e.facts.mayHaveContent),
  retry: (e) => RETRY_LABELS[e.facts.retry],
  location: (e) => yesNo(e.facts.redirects),
  fault: (e) => FAULT_LABELS[e.facts.fault ?? ({ '4': 'client', '5': 'server' } as const)[String(e.code)[0] as '4' | '5'] ?? 'none'],
};
export const fact = (key: string, e: Entry): string | undefined => FACTS[key]?.(e);
