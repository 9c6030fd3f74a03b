/**
 * The one place that reads the guide collection (as src/lib/codes/collection.ts does for the
 * codes): pages ask here for the guide's pages, a page's trail and its recommendations. The tree
 * itself (parents, depths) is built by src/lib/guide/tree.ts.
 */
import { getCollection } from 'astro:content';
import type { EndData } from './schema.ts';
import { guideTree, type GuideNode } from './tree.ts';

/** One link of a trail: the question asked, and the answer the reader chose there. */
export interface TrailStep {
  stepId: string;
  question: string;
  answer: string;
}

let tree: Promise<Map<string, GuideNode>> | undefined;

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
