/**
 * The guide's page tree: every step and recommendation reached from the start, each with its one
 * parent and its depth. Pages, the search data and the map read it (through src/lib/guide/collection.ts);
 * the checks in guide-validate.ts report what keeps a set of files from forming such a tree.
 * Pure (no file system, no Astro), so the unit tests build it from fixtures.
 */
import type { EndData, StepData } from './schema.ts';
import { GUIDE_START } from '../site/paths.ts';

/** The step every trail begins at (start.yaml), served at /guide/. */
export const START = GUIDE_START;

export interface StepFile {
  filePath: string;
  id: string;
  data: StepData;
}

/** How a page was reached: the step before it and the answer chosen there. */
export interface Parent {
  stepId: string;
  answerIndex: number;
}

export type GuideNode =
  | { kind: 'step'; id: string; filePath: string; step: StepData; parent?: Parent; depth: number }
  | { kind: 'end'; id: string; filePath: string; end: EndData; parent: Parent; depth: number };

/**
 * Every page of the guide by id, each with its one parent and its depth (clicks from the
 * start). Only pages reached from the start are included; guideProblems (guide-validate.ts) reports the others.
 */
export function guideTree(steps: readonly StepFile[]): Map<string, GuideNode> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const nodes = new Map<string, GuideNode>();
  const start = byId.get(START);
  if (!start) return nodes;
  const queue: { file: StepFile; parent?: Parent; depth: number }[] = [{ file: start, depth: 0 }];
  while (queue.length > 0) {
    const { file, parent, depth } = queue.shift()!;
    if (nodes.has(file.id)) continue;
    nodes.set(file.id, { kind: 'step', id: file.id, filePath: file.filePath, step: file.data, depth, ...(parent && { parent }) });
    file.data.answers.forEach((answer, answerIndex) => {
      const here = { stepId: file.id, answerIndex };
      if (answer.end && !nodes.has(answer.end.id)) {
        nodes.set(answer.end.id, {
          kind: 'end',
          id: answer.end.id,
          filePath: file.filePath,
          end: answer.end,
          parent: here,
          depth: depth + 1,
        });
      }
      const next = answer.next ? byId.get(answer.next) : undefined;
      if (next) queue.push({ file: next, parent: here, depth: depth + 1 });
    });
  }
  return nodes;
}
