/**
 * The one place that reads the guide and comparison collections (as src/lib/codes/collection.ts does for
 * the codes): pages ask here for the guide's pages, a page's trail, and the comparisons. The
 * tree itself (parents, depths) is built by src/lib/guide/tree.ts.
 */
import { getCollection } from 'astro:content';
import type { ComparisonData, EndData } from './schema.ts';
import { guideTree, type GuideNode } from './tree.ts';

/** A comparison as plain data, for links and for the search index. */
export interface Comparison {
  slug: string;
  title: string;
  codes: number[];
}

export interface ComparisonPage extends Comparison {
  data: ComparisonData;
}

/** One link of a trail: the question asked, and the answer the reader chose there. */
export interface TrailStep {
  stepId: string;
  question: string;
  answer: string;
}

let tree: Promise<Map<string, GuideNode>> | undefined;
let comparisons: Promise<ComparisonPage[]> | undefined;

/** Every page of the guide, steps and ends, keyed by id; the start's id is START. */
export function guidePages(): Promise<Map<string, GuideNode>> {
  tree ??= getCollection('guide').then((entries) =>
    guideTree(entries.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, data: e.data }))),
  );
  return tree;
}

/** The questions and answers that lead from the start to a page, first to last. */
export async function trailOf(id: string): Promise<TrailStep[]> {
  const pages = await guidePages();
  const trail: TrailStep[] = [];
  let node = pages.get(id);
  while (node?.parent) {
    const { stepId, answerIndex } = node.parent;
    const parent = pages.get(stepId);
    if (parent?.kind !== 'step') break;
    trail.unshift({ stepId, question: parent.step.question, answer: parent.step.answers[answerIndex]?.label ?? '' });
    node = parent;
  }
  return trail;
}

/** Every recommendation of the guide, in the order a reader meets them. */
export async function guideEnds(): Promise<(GuideNode & { kind: 'end' })[]> {
  return [...(await guidePages()).values()].filter((n): n is GuideNode & { kind: 'end' } => n.kind === 'end');
}

/**
 * The recommendations for a comparison's "ask the guide" links: those that point to it, and
 * those that recommend one of its `codes` (an end points to one comparison, but a reader of
 * 400 vs 415 should still find the guide's 415 answer).
 */
export async function endsComparing(slug: string, codes: readonly number[] = []): Promise<{ id: string; end: EndData }[]> {
  return (await guideEnds())
    .filter((n) => n.end.compare === slug || n.end.codes.some((c) => codes.includes(c)))
    .map((n) => ({ id: n.id, end: n.end }));
}

/** Every comparison with its full data, ordered by its first code. */
export function comparisonPages(): Promise<ComparisonPage[]> {
  comparisons ??= getCollection('compare').then((entries) =>
    entries
      .map((e) => ({ slug: e.id, title: e.data.title, codes: e.data.codes.map((c) => c.code), data: e.data }))
      .sort((a, b) => (a.codes[0] ?? 0) - (b.codes[0] ?? 0) || a.slug.localeCompare(b.slug)),
  );
  return comparisons;
}

/** Every comparison as plain data ({ slug, title, codes }), for links and the search index. */
export async function allComparisons(): Promise<Comparison[]> {
  return (await comparisonPages()).map(({ slug, title, codes }) => ({ slug, title, codes }));
}

/** The comparisons a code is a member of. */
export async function comparisonsFor(code: number): Promise<Comparison[]> {
  return (await allComparisons()).filter((c) => c.codes.includes(code));
}
